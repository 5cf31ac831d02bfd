using System.Diagnostics;
using System.Net;
using LlmSafety.Api.Infrastructure.Caching;
using LlmSafety.Api.Tests.Doubles;
using LlmSafety.Api.Tests.Fixtures;
using LlmSafety.ServiceDefaults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using StackExchange.Redis;

namespace LlmSafety.Api.Tests;

/// <summary>The judgment cache against a real redis-server: hits, what Redis holds, and surviving Redis going away.</summary>
public sealed class CacheTests : IDisposable
{
    private readonly RedisServer redis = new();
    private readonly ApiFactory factory;
    private readonly DeterministicTestJudge judge;

    public CacheTests()
    {
        factory = new ApiFactory(new Dictionary<string, string?>
        {
            ["ConnectionStrings:cache"] = redis.ConnectionString,
            ["Cache:Ttl"] = "00:10:00",
            ["Cache:RedisTimeout"] = "00:00:00.300",
        });
        judge = factory.LoadJudge("7");
    }

    public void Dispose()
    {
        factory.Dispose();
        redis.Dispose();
    }

    [Fact]
    public async Task A_repeated_judgment_is_a_cache_hit_stored_in_redis_without_the_text()
    {
        using var hits = new MetricCollector<long>(factory.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), LlmSafetyTelemetry.ApiSource, "llmsafety.cache.hits");
        using var misses = new MetricCollector<long>(factory.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), LlmSafetyTelemetry.ApiSource, "llmsafety.cache.misses");
        var client = factory.CreateClient();
        const string text = "Sofia Kowalski has ADHD and takes methylphenidate.";

        var (_, first) = await client.PostJsonAsync("/v1/judgments", new { text });
        var (_, second) = await client.PostJsonAsync("/v1/judgments", new { text });

        Assert.False(first.GetProperty("cached").GetBoolean());
        Assert.True(second.GetProperty("cached").GetBoolean());
        Assert.Equal(1, judge.Evaluations);
        Assert.Equal(first.GetProperty("redactedText").GetString(), second.GetProperty("redactedText").GetString());
        Assert.Equal(1, hits.GetMeasurementSnapshot().EvaluateAsCounter());
        Assert.Equal(1, misses.GetMeasurementSnapshot().EvaluateAsCounter());

        var key = JudgmentCacheKey.For("7", judge.DefaultPolicy with { AllowedNames = [] }, text);
        Assert.Matches("^judgment:v1:[0-9a-f]{64}$", key);
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
        var database = connection.GetDatabase();
        var stored = await WaitForKeyAsync(database, key);
        Assert.DoesNotContain("Sofia", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("Kowalski", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("methylphenidate", stored, StringComparison.OrdinalIgnoreCase);
        var keys = connection.GetServer(connection.GetEndPoints()[0]).Keys(pattern: "*").Select(redisKey => redisKey.ToString()).ToList();
        Assert.All(keys, redisKey => Assert.StartsWith(JudgmentCacheKey.Prefix, redisKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_second_api_instance_reads_the_judgment_from_redis()
    {
        const string text = "Leo Smith rides the bus.";
        var (_, first) = await factory.CreateClient().PostJsonAsync("/v1/judgments", new { text });
        await using (var connection = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString))
        {
            await WaitForKeyAsync(connection.GetDatabase(), JudgmentCacheKey.For("7", judge.DefaultPolicy, text));
        }

        using var other = new ApiFactory(new Dictionary<string, string?> { ["ConnectionStrings:cache"] = redis.ConnectionString });
        var otherJudge = other.LoadJudge("7");
        var (_, second) = await other.CreateClient().PostJsonAsync("/v1/judgments", new { text });

        Assert.False(first.GetProperty("cached").GetBoolean());
        Assert.True(second.GetProperty("cached").GetBoolean());
        Assert.Equal(0, otherJudge.Evaluations);
        Assert.Equal("Leo Smith rides the bus.".Replace("Leo Smith", "a friend", StringComparison.Ordinal), second.GetProperty("redactedText").GetString());
    }

    [Fact]
    public async Task Requests_still_succeed_quickly_after_redis_stops()
    {
        var client = factory.CreateClient();
        var (warm, _) = await client.PostJsonAsync("/v1/judgments", new { text = "We wait for the bell." });
        Assert.Equal(HttpStatusCode.OK, warm.StatusCode);

        redis.Stop();

        var elapsed = Stopwatch.StartNew();
        for (var index = 0; index < 5; index++)
        {
            var (response, body) = await client.PostJsonAsync("/v1/judgments", new { text = $"Emma Chen has asthma ({index})." });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("unsafe", body.GetProperty("verdict").GetString());
        }

        var (again, cached) = await client.PostJsonAsync("/v1/judgments", new { text = "We wait for the bell." });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.True(cached.GetProperty("cached").GetBoolean());
        Assert.True(elapsed.Elapsed < TimeSpan.FromSeconds(10), $"Requests took {elapsed.Elapsed} with Redis down.");
    }

    private static async Task<string> WaitForKeyAsync(IDatabase database, string key)
    {
        // HybridCache writes L2 after answering, so the key can lag the response by a moment.
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (await database.KeyExistsAsync(key))
            {
                var fields = await database.HashGetAllAsync(key);
                return fields.Length > 0
                    ? string.Join("|", fields.Select(field => $"{field.Name}={field.Value}"))
                    : (await database.StringGetAsync(key)).ToString();
            }

            await Task.Delay(20);
        }

        throw new Xunit.Sdk.XunitException($"Redis never received {key}.");
    }

    [Fact]
    public async Task Requests_succeed_without_stalling_when_redis_was_never_reachable()
    {
        var unused = new RedisServer();
        var deadAddress = unused.ConnectionString;
        unused.Dispose();
        using var isolated = new ApiFactory(new Dictionary<string, string?>
        {
            ["ConnectionStrings:cache"] = deadAddress,
            ["Cache:RedisTimeout"] = "00:00:00.300",
        });
        isolated.LoadJudge("7");
        var client = isolated.CreateClient();

        // HybridCache reads its global invalidation time from Redis when it starts, and when that read fails it takes
        // "now" as the invalidation time: anything it stored before the failure is treated as expired. Which of the
        // two failures comes first is a race, so a first text pays for that read before the one this test repeats.
        var elapsed = Stopwatch.StartNew();
        var (warmUp, _) = await client.PostJsonAsync("/v1/judgments", new { text = "We put on our coats." });
        var (first, _) = await client.PostJsonAsync("/v1/judgments", new { text = "We wait for the bus." });
        var (second, body) = await client.PostJsonAsync("/v1/judgments", new { text = "We wait for the bus." });

        Assert.Equal(HttpStatusCode.OK, warmUp.StatusCode);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.True(body.GetProperty("cached").GetBoolean());
        Assert.True(elapsed.Elapsed < TimeSpan.FromSeconds(5), $"Three requests took {elapsed.Elapsed} with no Redis.");
    }
}
