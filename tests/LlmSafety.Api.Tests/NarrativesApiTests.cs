using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LlmSafety.Api.Tests.Doubles;
using LlmSafety.Api.Tests.Fixtures;
using LlmSafety.ServiceDefaults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace LlmSafety.Api.Tests;

public sealed class NarrativesApiTests
{
    private const string SafeStory = "I go to the dentist. I sit in the big chair. The dentist counts my teeth. Then I go home.";
    private const string UnsafeStory = "I am Liam Okafor. I take Ritalin at lunch. I go to the dentist.";

    [Fact]
    public async Task A_safe_story_is_returned_as_written()
    {
        using var factory = Factory(SafeStory);
        using var tokens = new MetricCollector<long>(factory.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), LlmSafetyTelemetry.ApiSource, "llmsafety.llm.tokens");

        var (response, body) = await factory.CreateClient().PostJsonAsync("/v1/narratives", new { situation = "a visit to the dentist", age = 7, voice = "first", length = "short" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SafeStory, body.GetProperty("narrative").GetString());
        Assert.Equal(SafeStory, body.GetProperty("safeNarrative").GetString());
        Assert.Equal("none", body.GetProperty("action").GetString());
        Assert.Equal(1, body.GetProperty("attempts").GetInt32());
        Assert.Equal("simulated", body.GetProperty("provider").GetString());
        Assert.Equal("safe", body.GetProperty("judgment").GetProperty("verdict").GetString());
        Assert.Equal("3", body.GetProperty("model").GetProperty("version").GetString());
        Assert.Contains(tokens.GetMeasurementSnapshot(), measurement => (string?)measurement.Tags["direction"] == "input" && measurement.Value == 40);
    }

    [Fact]
    public async Task An_unsafe_story_is_redacted_by_default()
    {
        using var factory = Factory(UnsafeStory);

        var (_, body) = await factory.CreateClient().PostJsonAsync("/v1/narratives", new { situation = "a visit to the dentist", subjectName = "Liam Okafor", details = "takes Ritalin" });

        Assert.Equal("redacted", body.GetProperty("action").GetString());
        Assert.Equal(UnsafeStory, body.GetProperty("narrative").GetString());
        Assert.Equal("unsafe", body.GetProperty("judgment").GetProperty("verdict").GetString());
        Assert.Equal("I am a friend. I take a medicine at lunch. I go to the dentist.", body.GetProperty("safeNarrative").GetString());
        Assert.Equal(1, factory.Chat.Calls);
    }

    [Fact]
    public async Task An_unsafe_story_is_regenerated_with_a_stricter_instruction_and_judged_again()
    {
        using var factory = Factory(UnsafeStory, SafeStory);

        var (_, body) = await factory.CreateClient().PostJsonAsync("/v1/narratives", new { situation = "a visit to the dentist", onUnsafe = "regenerate" });

        Assert.Equal("regenerated", body.GetProperty("action").GetString());
        Assert.Equal(2, body.GetProperty("attempts").GetInt32());
        Assert.Equal(SafeStory, body.GetProperty("narrative").GetString());
        Assert.Equal(SafeStory, body.GetProperty("safeNarrative").GetString());
        Assert.Equal("safe", body.GetProperty("judgment").GetProperty("verdict").GetString());
        Assert.Equal([false, true], factory.Chat.StrictCalls);
    }

    [Fact]
    public async Task A_story_still_unsafe_after_the_bounded_rewrites_is_redacted()
    {
        using var factory = Factory(UnsafeStory);

        var (_, body) = await factory.CreateClient().PostJsonAsync("/v1/narratives", new { situation = "a visit to the dentist", onUnsafe = "regenerate" });

        Assert.Equal("redacted", body.GetProperty("action").GetString());
        Assert.Equal(3, body.GetProperty("attempts").GetInt32());
        Assert.Equal(3, factory.Chat.Calls);
        Assert.DoesNotContain("Okafor", body.GetProperty("safeNarrative").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unsafe_story_is_withheld_when_block_is_asked()
    {
        using var factory = Factory(UnsafeStory);

        var (_, body) = await factory.CreateClient().PostJsonAsync("/v1/narratives", new { situation = "a visit to the dentist", onUnsafe = "block" });

        Assert.Equal("blocked", body.GetProperty("action").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("narrative").ValueKind);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("safeNarrative").ValueKind);
        Assert.Equal("unsafe", body.GetProperty("judgment").GetProperty("verdict").GetString());
        Assert.Equal(string.Empty, body.GetProperty("judgment").GetProperty("redactedText").GetString());
        Assert.NotEmpty(body.GetProperty("judgment").GetProperty("entities").EnumerateArray());
    }

    [Fact]
    public async Task Stream_sends_judged_sentences_then_the_judgment()
    {
        using var factory = Factory(SafeStory);

        var events = await StreamAsync(factory, new { situation = "a visit to the dentist" });

        var deltas = events.Where(item => item.Name == "delta").Select(item => item.Data.GetProperty("text").GetString()).ToList();
        Assert.True(deltas.Count >= 2, $"Expected a delta per sentence, got {deltas.Count}.");
        Assert.Equal(SafeStory, string.Concat(deltas));
        var judgment = events.Last();
        Assert.Equal("judgment", judgment.Name);
        Assert.Equal("none", judgment.Data.GetProperty("action").GetString());
        Assert.Equal(SafeStory, judgment.Data.GetProperty("safeNarrative").GetString());
    }

    [Fact]
    public async Task Stream_stops_sending_deltas_before_an_unsafe_sentence()
    {
        using var factory = Factory("We go to the park. My friend Noah Smith has epilepsy. We play on the swings.");

        var events = await StreamAsync(factory, new { situation = "the park", onUnsafe = "block" });

        var streamed = string.Concat(events.Where(item => item.Name == "delta").Select(item => item.Data.GetProperty("text").GetString()));
        Assert.Equal("We go to the park.", streamed);
        var judgment = events.Single(item => item.Name == "judgment").Data;
        Assert.Equal("blocked", judgment.GetProperty("action").GetString());
        Assert.Equal(JsonValueKind.Null, judgment.GetProperty("safeNarrative").ValueKind);
    }

    [Fact]
    public async Task Stream_announces_rewrites_and_ends_with_the_rewritten_story()
    {
        using var factory = Factory(UnsafeStory, SafeStory);

        var events = await StreamAsync(factory, new { situation = "a visit to the dentist", onUnsafe = "regenerate" });

        Assert.Equal(["status", "judgment"], events.Select(item => item.Name));
        Assert.Equal("regenerating", events[0].Data.GetProperty("stage").GetString());
        Assert.Equal(2, events[0].Data.GetProperty("attempt").GetInt32());
        Assert.Equal("regenerated", events[1].Data.GetProperty("action").GetString());
        Assert.Equal(SafeStory, events[1].Data.GetProperty("safeNarrative").GetString());
    }

    [Fact]
    public async Task Llm_failure_is_a_502_problem_with_retry_after_and_a_stream_error_event()
    {
        using var factory = Factory(ScriptedChatClient.Fail);
        var client = factory.CreateClient();

        var response = await client.PostAsync("/v1/narratives", new StringContent("""{"situation":"the dentist"}""", System.Text.Encoding.UTF8, "application/json"));
        var events = await StreamAsync(factory, new { situation = "the dentist" });

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.RetryAfter);
        // The completion is tried once plus two bounded retries; a stream is never retried once started.
        Assert.Equal(4, factory.Chat.Calls);
        var error = Assert.Single(events);
        Assert.Equal("error", error.Name);
        Assert.Equal(502, error.Data.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Llm_timeout_is_a_503_problem_with_retry_after()
    {
        using var factory = new ApiFactory(
            new Dictionary<string, string?> { ["Llm:Timeout"] = "00:00:00.200", ["Llm:MaxRetries"] = "0" },
            new ScriptedChatClient(ScriptedChatClient.Hang));
        factory.LoadJudge("3");

        var response = await factory.CreateClient().PostAsync("/v1/narratives", new StringContent("""{"situation":"the dentist"}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.RetryAfter);
    }

    [Fact]
    public async Task Empty_llm_answers_are_a_502_and_repeated_failures_open_the_circuit()
    {
        using var factory = new ApiFactory(
            new Dictionary<string, string?> { ["Llm:MaxRetries"] = "0", ["Llm:BreakDuration"] = "00:01:00" },
            new ScriptedChatClient(string.Empty));
        factory.LoadJudge("3");
        var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var index = 0; index < 6; index++)
        {
            statuses.Add((await client.PostAsync("/v1/narratives", new StringContent("""{"situation":"the dentist"}""", System.Text.Encoding.UTF8, "application/json"))).StatusCode);
        }

        Assert.Equal(HttpStatusCode.BadGateway, statuses[0]);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, statuses[^1]);
        // Once the circuit is open the provider is no longer called.
        Assert.True(factory.Chat.Calls < statuses.Count, $"{factory.Chat.Calls} calls for {statuses.Count} requests");
    }

    [Fact]
    public async Task A_provider_without_configuration_is_a_503_problem_that_says_so()
    {
        using var factory = Factory(SafeStory);

        var response = await factory.CreateClient().PostAsync("/v1/narratives", new StringContent("""{"situation":"the dentist","provider":"gemini"}""", System.Text.Encoding.UTF8, "application/json"));
        var body = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("gemini", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Configured_gemini_without_a_key_is_a_503_problem_naming_the_missing_key()
    {
        using var factory = new ApiFactory(new Dictionary<string, string?> { ["Llm:Provider"] = "gemini" });
        factory.LoadJudge("3");

        var response = await factory.CreateClient().PostAsync("/v1/narratives", new StringContent("""{"situation":"the dentist"}""", System.Text.Encoding.UTF8, "application/json"));
        var body = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("Llm:ApiKey", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static ApiFactory Factory(params string[] replies)
    {
        var factory = new ApiFactory(chat: new ScriptedChatClient(replies));
        factory.LoadJudge("3");
        return factory;
    }

    private static async Task<List<(string Name, JsonElement Data)>> StreamAsync(ApiFactory factory, object request)
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/v1/narratives/stream", request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        return [.. text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(block =>
        {
            var lines = block.Split('\n');
            var name = lines.Single(line => line.StartsWith("event: ", StringComparison.Ordinal))["event: ".Length..];
            var data = lines.Single(line => line.StartsWith("data: ", StringComparison.Ordinal))["data: ".Length..];
            return (name, JsonDocument.Parse(data).RootElement.Clone());
        })];
    }
}
