using System.Net;
using System.Net.Sockets;
using LlmSafety.Web.Model;
using LlmSafety.Web.Services;
using LlmSafety.Web.Tests.Contract;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LlmSafety.Web.Tests.Client;

/// <summary>The typed client over real loopback HTTP against a server that follows the API contract.</summary>
public sealed class JudgeApiClientTests : IAsyncLifetime
{
    private ContractApiServer server = default!;

    public async Task InitializeAsync() => server = await ContractApiServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    private JudgeApiClient Client() => new(new HttpClient { BaseAddress = server.BaseAddress });

    [Fact]
    public async Task Judgment_of_a_full_name_and_a_medication_is_unsafe_with_spans_into_the_text()
    {
        const string text = "I am Maya Whitfield and I take Ritalin after breakfast.";

        var judgment = await Client().JudgeAsync(new JudgmentRequest(text));

        Assert.Equal(Verdict.Unsafe, judgment.Verdict);
        Assert.True(judgment.Identity.Flagged);
        Assert.True(judgment.Health.Flagged);
        Assert.Equal(["Maya Whitfield", "Ritalin"], judgment.Entities.Select(e => text[e.Start..e.End]));
        Assert.Equal([FindingCategory.Identity, FindingCategory.Health], judgment.Entities.Select(e => e.Category));
        Assert.Equal(FindingSeverity.High, judgment.Entities[0].Severity);
        Assert.Equal("I am a friend and I take my medicine after breakfast.", judgment.RedactedText);
        Assert.Equal(new ModelReference("llm-safety-judge", ContractApiServer.ChampionVersion), judgment.Model);
    }

    [Fact]
    public async Task Allowed_names_are_sent_and_respected()
    {
        var judgment = await Client().JudgeAsync(new JudgmentRequest("Maya Whitfield waits her turn.", ["Maya Whitfield"]));

        Assert.Equal(Verdict.Safe, judgment.Verdict);
        Assert.Empty(judgment.Entities);
    }

    [Fact]
    public async Task Empty_text_is_rejected_with_a_problem_that_names_the_field()
    {
        var rejected = await Assert.ThrowsAsync<JudgeApiRejectedException>(() => Client().JudgeAsync(new JudgmentRequest("")));

        Assert.Equal(400, rejected.Problem!.Status);
        Assert.True(rejected.Problem.Errors!.ContainsKey("text"));
    }

    [Fact]
    public async Task Streamed_story_arrives_in_pieces_that_add_up_to_the_judged_narrative()
    {
        var request = new NarrativeRequest("Going to the dentist", SubjectName: "Liam", Details: "He has autism and goes to Maple Elementary School");
        var deltas = new List<string>();
        NarrativeResult? result = null;

        await foreach (var streamEvent in Client().StreamNarrativeAsync(request))
        {
            switch (streamEvent)
            {
                case NarrativeTextDelta delta:
                    deltas.Add(delta.Text);
                    break;
                case NarrativeCompleted completed:
                    result = completed.Result;
                    break;
            }
        }

        Assert.True(deltas.Count > 1);
        Assert.NotNull(result);
        Assert.Equal(string.Concat(deltas), result.Narrative);
        Assert.Equal(NarrativeOutcome.Redacted, result.Action);
        Assert.Contains(result.Judgment.Entities, e => e.Type == "DIAGNOSIS");
        Assert.DoesNotContain("autism", result.SafeNarrative!, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Stream_error_event_surfaces_as_a_rejection_naming_the_field()
    {
        var stream = Client().StreamNarrativeAsync(new NarrativeRequest(Situation: " "));

        var rejected = await Assert.ThrowsAsync<JudgeApiRejectedException>(async () =>
        {
            await foreach (var _ in stream)
            {
            }
        });
        Assert.True(rejected.Problem!.Errors!.ContainsKey("situation"));
    }

    [Fact]
    public async Task Non_streaming_story_with_block_policy_has_no_narrative()
    {
        var result = await Client().WriteNarrativeAsync(new NarrativeRequest(
            "Waiting my turn", Details: "Her phone number is 555-201-3344", OnUnsafe: UnsafeNarrativeAction.Block, Provider: NarrativeProvider.OpenAi));

        Assert.Equal(NarrativeOutcome.Blocked, result.Action);
        Assert.Null(result.Narrative);
        Assert.Null(result.SafeNarrative);
        Assert.Equal("openai", result.Provider);
    }

    [Fact]
    public async Task Model_versions_and_stats_are_read()
    {
        var client = Client();
        await client.JudgeAsync(new JudgmentRequest("I wait my turn."));
        await client.JudgeAsync(new JudgmentRequest("I wait my turn."));

        var model = await client.GetModelAsync();
        var versions = await client.GetModelVersionsAsync();
        var stats = await client.GetStatsAsync();

        Assert.Equal("champion", model.Alias);
        Assert.NotNull(model.MlflowRunUrl);
        Assert.True(model.Metrics["identity.recall"] > 0.9);
        Assert.Equal(["3", "2", "1"], versions.Select(v => v.Version));
        Assert.Equal(PromotionDecision.Rejected, versions[1].Promotion);
        Assert.Equal(2, stats.Judgments.Total);
        Assert.Equal(1, stats.Cache.Hits);
        Assert.Equal(0.5, stats.Cache.HitRatio);
    }

    [Fact]
    public async Task Model_not_loaded_is_unavailable_with_the_api_explanation()
    {
        server.ModelLoaded = false;

        var unavailable = await Assert.ThrowsAsync<JudgeApiUnavailableException>(() => Client().GetModelAsync());

        Assert.Equal(503, unavailable.Problem!.Status);
        Assert.Contains("not loaded a model", unavailable.Problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Artifacts_come_back_as_png_and_unknown_names_as_null()
    {
        var plot = await Client().GetModelArtifactAsync("pr-curve-identity.png");
        var missing = await Client().GetModelArtifactAsync("secrets.txt");

        Assert.NotNull(plot);
        Assert.Equal("image/png", plot.ContentType);
        Assert.Equal(0x89, plot.Content.Span[0]);
        Assert.Null(missing);
    }

    [Fact]
    public async Task Unreachable_api_is_reported_as_unavailable_without_the_text_in_the_message()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var closedPort = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var client = new JudgeApiClient(new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{closedPort}/") });
        const string text = "Maya Whitfield takes Keppra.";

        var unavailable = await Assert.ThrowsAsync<JudgeApiUnavailableException>(() => client.JudgeAsync(new JudgmentRequest(text)));

        Assert.DoesNotContain("Whitfield", unavailable.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Keppra", unavailable.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registered_client_uses_the_configured_base_url_and_api_key()
    {
        await using var keyed = await ContractApiServer.StartAsync(apiKey: "test-key-123");
        JudgeApiClient ClientWith(string? apiKey)
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Api:BaseUrl"] = keyed.BaseAddress.ToString().TrimEnd('/'),
                ["Api:ApiKey"] = apiKey,
            }).Build();
            var services = new ServiceCollection().AddJudgeApiClient(configuration).BuildServiceProvider();
            return services.GetRequiredService<JudgeApiClient>();
        }

        var judgment = await ClientWith("test-key-123").JudgeAsync(new JudgmentRequest("I wait my turn."));
        var refused = await Assert.ThrowsAsync<JudgeApiRejectedException>(() => ClientWith(null).JudgeAsync(new JudgmentRequest("I wait my turn.")));

        Assert.Equal(Verdict.Safe, judgment.Verdict);
        Assert.Equal(401, refused.Problem!.Status);
    }
}
