using System.Net;
using System.Text.Json;
using LlmSafety.Api.Tests.Fixtures;

namespace LlmSafety.Api.Tests;

public sealed class JudgmentsApiTests : IDisposable
{
    private readonly ApiFactory factory = new();

    public JudgmentsApiTests() => factory.LoadJudge("3");

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Unsafe_text_gets_verdict_scores_entity_spans_and_redacted_text()
    {
        const string text = "Today Liam Okafor takes Ritalin before school.";
        var (response, body) = await factory.CreateClient().PostJsonAsync("/v1/judgments", new { text });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("unsafe", body.GetProperty("verdict").GetString());
        Assert.True(body.GetProperty("identity").GetProperty("flagged").GetBoolean());
        Assert.Equal(0.5, body.GetProperty("health").GetProperty("threshold").GetDouble());
        var entities = body.GetProperty("entities").EnumerateArray().ToList();
        var name = entities.Single(entity => entity.GetProperty("type").GetString() == "PERSON_NAME");
        Assert.Equal("Liam Okafor", text[name.GetProperty("start").GetInt32()..name.GetProperty("end").GetInt32()]);
        Assert.Equal("identity", name.GetProperty("category").GetString());
        Assert.Equal("high", name.GetProperty("severity").GetString());
        Assert.Equal("a friend", name.GetProperty("placeholder").GetString());
        Assert.Contains(entities, entity => entity.GetProperty("type").GetString() == "MEDICATION");
        Assert.Equal("Today a friend takes a medicine before school.", body.GetProperty("redactedText").GetString());
        Assert.Contains("high-severity:PersonName", body.GetProperty("reasons").EnumerateArray().Select(reason => reason.GetString()));
        Assert.Equal("llm-safety-judge", body.GetProperty("model").GetProperty("name").GetString());
        Assert.Equal("3", body.GetProperty("model").GetProperty("version").GetString());
        Assert.False(body.GetProperty("cached").GetBoolean());
        Assert.True(body.GetProperty("durationMs").GetDouble() >= 0);
    }

    [Fact]
    public async Task First_name_alone_is_safe_and_text_comes_back_unchanged()
    {
        const string text = "Maya waits for her turn on the swing.";
        var (_, body) = await factory.CreateClient().PostJsonAsync("/v1/judgments", new { text });

        Assert.Equal("safe", body.GetProperty("verdict").GetString());
        Assert.Empty(body.GetProperty("entities").EnumerateArray());
        Assert.Equal(text, body.GetProperty("redactedText").GetString());
    }

    [Fact]
    public async Task Allowed_names_and_policy_overrides_change_the_judgment()
    {
        var client = factory.CreateClient();
        var (_, allowed) = await client.PostJsonAsync("/v1/judgments", new { text = "Liam Okafor likes trains.", allowedNames = new[] { "Liam Okafor" } });
        var (_, strictHealth) = await client.PostJsonAsync("/v1/judgments", new { text = "He has asthma.", policy = new { healthThreshold = 0.95 } });

        Assert.Equal("safe", allowed.GetProperty("verdict").GetString());
        Assert.False(strictHealth.GetProperty("health").GetProperty("flagged").GetBoolean());
        Assert.Equal(0.95, strictHealth.GetProperty("health").GetProperty("threshold").GetDouble());
    }

    [Fact]
    public async Task Batch_judges_every_item_in_order_and_echoes_ids()
    {
        var (response, body) = await factory.CreateClient().PostJsonAsync("/v1/judgments/batch", new
        {
            items = new object[]
            {
                new { id = "a", text = "Call 555-123-4567 after lunch." },
                new { id = "b", text = "We line up for the fire drill." },
                new { text = "Noah has epilepsy." },
            },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = body.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(["a", "b", null], results.Select(result => result.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null));
        Assert.Equal(["unsafe", "safe", "review"], results.Select(result => result.GetProperty("verdict").GetString()));
        Assert.Equal("Call [phone] after lunch.", results[0].GetProperty("redactedText").GetString());
    }

    [Fact]
    public async Task A_model_swapped_in_is_used_without_restart()
    {
        var client = factory.CreateClient();
        const string text = "Ava Chen goes to the dentist.";
        var (_, before) = await client.PostJsonAsync("/v1/judgments", new { text });
        var announced = new List<string>();
        factory.Judges.ModelChanged += (_, loaded) => announced.Add(loaded.Descriptor.Version);

        var next = factory.LoadJudge("4");
        var (_, after) = await client.PostJsonAsync("/v1/judgments", new { text });

        Assert.Equal("3", before.GetProperty("model").GetProperty("version").GetString());
        Assert.Equal("4", after.GetProperty("model").GetProperty("version").GetString());
        Assert.False(after.GetProperty("cached").GetBoolean());
        Assert.Equal(1, next.Evaluations);
        Assert.Equal(["4"], announced);
    }

    [Fact]
    public async Task Stats_count_verdicts_cache_hits_and_latency()
    {
        var client = factory.CreateClient();
        await client.PostJsonAsync("/v1/judgments", new { text = "Mrs. Garcia reads a book." });
        await client.PostJsonAsync("/v1/judgments", new { text = "Mrs. Garcia reads a book." });
        await client.PostJsonAsync("/v1/judgments", new { text = "We share the blocks." });

        var body = await (await client.GetAsync("/v1/stats")).ReadJsonAsync();

        Assert.Equal(3, body.GetProperty("judgments").GetProperty("total").GetInt64());
        Assert.Equal(2, body.GetProperty("judgments").GetProperty("unsafe").GetInt64());
        Assert.Equal(1, body.GetProperty("judgments").GetProperty("safe").GetInt64());
        Assert.Equal(1, body.GetProperty("cache").GetProperty("hits").GetInt64());
        Assert.Equal(2, body.GetProperty("cache").GetProperty("misses").GetInt64());
        Assert.Equal(1.0 / 3, body.GetProperty("cache").GetProperty("hitRatio").GetDouble(), 3);
        Assert.True(body.GetProperty("latencyMs").GetProperty("p99").GetDouble() >= body.GetProperty("latencyMs").GetProperty("p50").GetDouble());
        Assert.True(body.GetProperty("latencyMs").GetProperty("p50").GetDouble() > 0);
    }
}
