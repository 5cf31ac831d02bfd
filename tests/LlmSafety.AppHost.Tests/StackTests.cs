using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LlmSafety.AppHost.Tests;

/// <summary>The running stack answers like a deployment: healthy services and judgments from the trained model.</summary>
[Collection(StackCollection.Name)]
public sealed class StackTests(StackFixture stack)
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Stack_without_containers_trains_a_model_and_judges_with_it_through_the_api()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var ct = cts.Token;
        Assert.Equal(0, stack.TrainerExitCode);

        foreach (var resource in new[] { "api", "web" })
        {
            using var client = stack.App.CreateHttpClient(resource);
            using var response = await client.GetAsync(new Uri("/health", UriKind.Relative), ct).WaitAsync(RequestTimeout, ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        using var api = stack.App.CreateHttpClient("api");
        api.DefaultRequestHeaders.Add("X-Api-Key", stack.ApiKey);

        var model = await GetJsonAsync(api, "/v1/model", ct);
        Assert.Equal("local", model.GetProperty("source").GetString());
        Assert.Equal("1", model.GetProperty("version").GetString());

        using var judged = await api.PostAsJsonAsync(
            "/v1/judgments",
            new { text = "Liam Okafor goes to Riverside Elementary. He takes Ritalin for his ADHD every morning." },
            ct).WaitAsync(RequestTimeout, ct);
        Assert.Equal(HttpStatusCode.OK, judged.StatusCode);
        var judgment = await judged.Content.ReadFromJsonAsync<JsonElement>(ct);
        Assert.Equal("unsafe", judgment.GetProperty("verdict").GetString());
        Assert.Equal("1", judgment.GetProperty("model").GetProperty("version").GetString());
        Assert.NotEmpty(judgment.GetProperty("entities").EnumerateArray());
        Assert.NotEqual(
            "Liam Okafor goes to Riverside Elementary. He takes Ritalin for his ADHD every morning.",
            judgment.GetProperty("redactedText").GetString());

        using var written = await api.PostAsJsonAsync(
            "/v1/narratives",
            new { subjectName = "Maya", age = 7, situation = "waiting for a turn at the dentist", details = "Maya Chen has autism and takes melatonin" },
            ct).WaitAsync(RequestTimeout, ct);
        Assert.Equal(HttpStatusCode.OK, written.StatusCode);
        var narrative = await written.Content.ReadFromJsonAsync<JsonElement>(ct);
        Assert.Equal("simulated", narrative.GetProperty("provider").GetString());
        Assert.Equal("1", narrative.GetProperty("model").GetProperty("version").GetString());
        Assert.False(string.IsNullOrWhiteSpace(narrative.GetProperty("safeNarrative").GetString()));
        Assert.Contains(narrative.GetProperty("judgment").GetProperty("verdict").GetString(), new[] { "safe", "review", "unsafe" });
    }

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string path, CancellationToken ct)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), ct).WaitAsync(RequestTimeout, ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(ct);
    }
}
