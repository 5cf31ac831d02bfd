using System.Net;
using System.Text;
using System.Text.Json;
using LlmSafety.Api.Tests.Fixtures;

namespace LlmSafety.Api.Tests;

/// <summary>Bad input gets problem details that name the field, with 400/413/415 — never a 500.</summary>
public sealed class ValidationTests : IDisposable
{
    private readonly ApiFactory factory = new();

    public ValidationTests() => factory.LoadJudge("3");

    public void Dispose() => factory.Dispose();

    [Theory]
    [InlineData("/v1/judgments", """{"text":""}""", "text")]
    [InlineData("/v1/judgments", """{}""", "text")]
    [InlineData("/v1/judgments", """{"text":"ok","policy":{"identityThreshold":1.5}}""", "policy.identityThreshold")]
    [InlineData("/v1/judgments", """{"text":"ok","allowedNames":[""]}""", "allowedNames")]
    [InlineData("/v1/judgments", """{"text":42}""", "text")]
    [InlineData("/v1/judgments/batch", """{"items":[]}""", "items")]
    [InlineData("/v1/judgments/batch", """{"items":[{"id":"a","text":"fine"},{"id":"b","text":""}]}""", "items[1].text")]
    [InlineData("/v1/narratives", """{"situation":""}""", "situation")]
    [InlineData("/v1/narratives", """{"situation":"the dentist","age":1}""", "age")]
    [InlineData("/v1/narratives", """{"situation":"the dentist","age":100}""", "age")]
    [InlineData("/v1/narratives", """{"situation":"the dentist","voice":"fourth"}""", "voice")]
    [InlineData("/v1/narratives", """{"situation":"the dentist","length":"epic"}""", "length")]
    [InlineData("/v1/narratives", """{"situation":"the dentist","onUnsafe":"ignore"}""", "onUnsafe")]
    [InlineData("/v1/narratives", """{"situation":"the dentist","voice":1}""", "voice")]
    [InlineData("/v1/narratives", """{"situation":"the dentist","provider":"skynet"}""", "provider")]
    [InlineData("/v1/narratives/stream", """{"situation":"the dentist","provider":"skynet"}""", "provider")]
    public async Task Invalid_field_is_a_400_problem_naming_the_field(string path, string json, string field)
    {
        var response = await factory.CreateClient().PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task Text_over_100000_characters_is_a_400_naming_text()
    {
        var response = await factory.CreateClient().PostAsync("/v1/judgments", Json(new { text = new string('a', 100_001) }));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "text");
    }

    [Fact]
    public async Task Batch_over_the_limit_is_a_400_naming_items()
    {
        var items = Enumerable.Range(0, 101).Select(index => new { id = index.ToString(System.Globalization.CultureInfo.InvariantCulture), text = "We share." });

        var response = await factory.CreateClient().PostAsync("/v1/judgments/batch", Json(new { items }));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "items");
    }

    [Fact]
    public async Task Invalid_json_is_a_400_problem()
    {
        var response = await factory.CreateClient().PostAsync("/v1/judgments", new StringContent("""{"text": "unterminated""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.ReadJsonAsync();
        Assert.Equal(400, body.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Wrong_content_type_is_a_415_problem()
    {
        var response = await factory.CreateClient().PostAsync("/v1/judgments", new StringContent("text=hello", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task One_megabyte_body_is_a_413_problem()
    {
        var response = await factory.CreateClient().PostAsync("/v1/judgments", Json(new { text = new string('a', 1024 * 1024) }));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Empty_body_is_a_400_problem()
    {
        var response = await factory.CreateClient().PostAsync("/v1/judgments", new StringContent(string.Empty, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static StringContent Json(object value) => new(JsonSerializer.Serialize(value), Encoding.UTF8, "application/json");

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string field)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.ReadJsonAsync();
        Assert.Equal((int)status, body.GetProperty("status").GetInt32());
        var errors = body.GetProperty("errors").EnumerateObject().Select(property => property.Name).ToList();
        Assert.Contains(field, errors);
    }
}
