using System.Net;
using LlmSafety.Api.Tests.Fixtures;
using LlmSafety.Reliability.Tests.Fixtures;

namespace LlmSafety.Reliability.Tests.Faults;

/// <summary>
/// An OpenAI-compatible provider on loopback that fails, then answers with a story full of personal data: the retry
/// succeeds, and the story that comes back is judged by the real judge before anything reaches the caller.
/// </summary>
[Collection(TrainedJudgeCollection.Name)]
public sealed class FlakyLlmProviderTests(TrainedJudgeFixture judge)
{
    private const string Disclosing = "Maya Okafor waits at the dentist. Her mom's phone number is 555-201-7788.";

    [Fact]
    public async Task A_story_returned_after_provider_5xx_retries_is_still_judged_and_redacted()
    {
        using var provider = new FakeOpenAiServer(attempt => attempt < 2 ? (503, string.Empty) : (200, Disclosing));
        using var factory = ApiWithProvider(provider);
        using var client = factory.StartOnLoopback();
        factory.ServeJudge(judge.Model, "llm");

        var (response, body) = await client.PostJsonAsync("/v1/narratives", new { situation = "a visit to the dentist" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, provider.Requests);
        Assert.NotEqual("safe", body.GetProperty("judgment").GetProperty("verdict").GetString());
        Assert.DoesNotContain("555-201-7788", body.GetProperty("safeNarrative").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_provider_that_keeps_failing_is_a_bounded_502_with_retry_after_and_no_story()
    {
        using var provider = new FakeOpenAiServer(_ => (500, string.Empty));
        using var factory = ApiWithProvider(provider);
        using var client = factory.StartOnLoopback();
        factory.ServeJudge(judge.Model, "llm");

        var (response, body) = await client.PostJsonAsync("/v1/narratives", new { situation = "a visit to the dentist" });

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal(3, provider.Requests);
        Assert.False(body.TryGetProperty("narrative", out _));
    }

    /// <summary>The Api with the fake server as its only (OpenAI-compatible) provider: two retries, five-second timeout.</summary>
    private static ApiFactory ApiWithProvider(FakeOpenAiServer provider) => new(new Dictionary<string, string?>
    {
        ["Llm:Provider"] = "ollama",
        ["Llm:Endpoint"] = provider.BaseAddress.ToString(),
        ["Llm:MaxRetries"] = "2",
        ["Llm:Timeout"] = "00:00:05",
    });
}
