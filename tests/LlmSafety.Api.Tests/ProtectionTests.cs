using System.Net;
using System.Net.Http.Json;
using LlmSafety.Api.Tests.Fixtures;
using LlmSafety.Judge;
using Microsoft.Extensions.DependencyInjection;

namespace LlmSafety.Api.Tests;

public sealed class ProtectionTests
{
    [Fact]
    public async Task Api_key_is_required_on_v1_when_configured_but_health_and_openapi_stay_open()
    {
        using var factory = new ApiFactory(new Dictionary<string, string?> { ["Api:ApiKey"] = "s3cret-key" });
        factory.LoadJudge("3");
        var client = factory.CreateClient();

        var missing = await client.PostAsJsonAsync("/v1/judgments", new { text = "We wait." });
        using var wrongRequest = new HttpRequestMessage(HttpMethod.Get, "/v1/stats") { Headers = { { "X-Api-Key", "s3cret-kez" } } };
        var wrong = await client.SendAsync(wrongRequest);
        using var rightRequest = new HttpRequestMessage(HttpMethod.Post, "/v1/judgments") { Content = JsonContent.Create(new { text = "We wait." }), Headers = { { "X-Api-Key", "s3cret-key" } } };
        var right = await client.SendAsync(rightRequest);

        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/alive")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/openapi/v1.json")).StatusCode);
    }

    [Fact]
    public async Task Requests_over_the_rate_limit_get_429_problem_with_retry_after()
    {
        using var factory = new ApiFactory(new Dictionary<string, string?>
        {
            ["RateLimiting:Enabled"] = "true",
            ["RateLimiting:PermitsPerSecond"] = "1",
            ["RateLimiting:Burst"] = "3",
        });
        factory.LoadJudge("3");
        var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var index = 0; index < 6; index++)
        {
            statuses.Add((await client.PostAsJsonAsync("/v1/judgments", new { text = "We wait." })).StatusCode);
        }

        var rejected = await client.PostAsJsonAsync("/v1/judgments", new { text = "We wait." });

        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, rejected.StatusCode);
        Assert.Equal("application/problem+json", rejected.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(rejected.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task Cors_allows_only_the_configured_web_origin()
    {
        using var factory = new ApiFactory(new Dictionary<string, string?> { ["Cors:AllowedOrigins:0"] = "https://web.example" });
        var client = factory.CreateClient();

        var allowed = await client.SendAsync(Preflight("https://web.example"));
        var refused = await client.SendAsync(Preflight("https://evil.example"));

        Assert.Equal("https://web.example", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task An_unexpected_exception_is_a_500_problem_that_does_not_repeat_its_message()
    {
        using var factory = new ApiFactory();
        factory.Judges.Swap(new Infrastructure.Judging.LoadedJudge(
            new ThrowingJudge(),
            new Doubles.TestRedactor(),
            new Infrastructure.Judging.ModelDescriptor { Version = "broken" }));

        var response = await factory.CreateClient().PostAsJsonAsync("/v1/judgments", new { text = "We wait." });
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("Okafor", body, StringComparison.Ordinal);
        Assert.DoesNotContain("epilepsy", body, StringComparison.Ordinal);
    }

    private static HttpRequestMessage Preflight(string origin) => new(HttpMethod.Options, "/v1/judgments")
    {
        Headers =
        {
            { "Origin", origin },
            { "Access-Control-Request-Method", "POST" },
            { "Access-Control-Request-Headers", "content-type" },
        },
    };

    private sealed class ThrowingJudge : IJudge
    {
        public string ModelVersion => "broken";

        public JudgePolicy DefaultPolicy { get; } = new();

        public Judgment Evaluate(string text, JudgePolicy? policy = null) =>
            throw new InvalidOperationException("Grace Okafor's epilepsy record could not be parsed");
    }
}
