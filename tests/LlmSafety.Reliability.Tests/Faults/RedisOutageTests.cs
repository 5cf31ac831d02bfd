using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using LlmSafety.Api.Tests.Fixtures;
using LlmSafety.Reliability.Tests.Fixtures;
using StackExchange.Redis;

namespace LlmSafety.Reliability.Tests.Faults;

/// <summary>redis-server SIGKILLed while judgments flow over loopback, then started again on the same port.</summary>
[Collection(TrainedJudgeCollection.Name)]
public sealed class RedisOutageTests(TrainedJudgeFixture judge)
{
    private static readonly TimeSpan SlowestAcceptable = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task Killing_and_restarting_redis_fails_no_request_and_the_shared_cache_resumes()
    {
        using var redis = new RestartableRedis();
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:cache"] = redis.ConnectionString,
            ["Cache:Ttl"] = "00:10:00",
            ["Cache:RedisTimeout"] = "00:00:00.300",
        };
        using var writer = new ApiFactory(settings);
        using var writerClient = writer.StartOnLoopback();
        writer.ServeJudge(judge.Model, "r1");
        using var reader = new ApiFactory(settings);
        using var readerClient = reader.StartOnLoopback();
        reader.ServeJudge(judge.Model, "r1");

        var outcomes = new ConcurrentQueue<(HttpStatusCode Status, bool HasVerdict, TimeSpan Took)>();
        using var flowing = new CancellationTokenSource();
        var workers = Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
        {
            for (var i = 0; !flowing.IsCancellationRequested; i++)
            {
                var started = Stopwatch.StartNew();
                using var response = await writerClient.PostAsJsonAsync("/v1/judgments", new { text = Story(worker, i % 25) });
                var body = await response.Content.ReadAsStringAsync();
                outcomes.Enqueue((response.StatusCode, body.Contains("\"verdict\"", StringComparison.Ordinal), started.Elapsed));
            }
        })).ToList();

        // Each phase lasts until enough requests have completed in it (bounded), not a fixed time: a busy machine
        // serves fewer requests per second, and what matters is that requests flow before, during and after the outage.
        await UntilAsync(() => outcomes.Count >= PerPhase, "before the outage");
        var beforeOutage = outcomes.Count;
        redis.Kill();
        await Task.Delay(300);
        await UntilAsync(() => outcomes.Count >= beforeOutage + PerPhase, "during the outage");
        redis.Start();
        var afterRestart = outcomes.Count;
        await UntilAsync(() => outcomes.Count >= afterRestart + PerPhase, "after the restart");
        await flowing.CancelAsync();
        await Task.WhenAll(workers);

        Assert.True(outcomes.Count >= 3 * PerPhase, $"only {outcomes.Count} requests flowed");
        Assert.All(outcomes, outcome => Assert.Equal(HttpStatusCode.OK, outcome.Status));
        Assert.All(outcomes, outcome => Assert.True(outcome.HasVerdict));
        Assert.True(outcomes.Max(o => o.Took) < SlowestAcceptable, $"slowest request took {outcomes.Max(o => o.Took)}");

        // After the restart the writer's new judgments reach Redis again, and the other instance is served from there.
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
        var server = connection.GetServer(connection.GetEndPoints()[0]);
        var fresh = Enumerable.Range(0, 20).Select(i => Story(99, i)).ToList();
        // Each instance reconnects to the restarted Redis on its own schedule; wait (bounded) until a judgment written
        // by one is read by the other, with a new probe text each time so the reader's memory tier cannot answer.
        var reconnect = Stopwatch.StartNew();
        for (var probe = 0; ; probe++)
        {
            Assert.True(reconnect.Elapsed < TimeSpan.FromSeconds(30), "the shared cache did not resume within 30 s of the restart");
            var text = Story(98, probe);
            using (await writerClient.PostAsJsonAsync("/v1/judgments", new { text }))
            {
            }

            await Task.Delay(200);
            using var read = await readerClient.PostAsJsonAsync("/v1/judgments", new { text });
            if ((await read.ReadJsonAsync()).GetProperty("cached").GetBoolean())
            {
                break;
            }
        }

        // Judgments from the flowing phase may already be in Redis; only the fresh texts' keys count.
        var keysBefore = server.Keys(pattern: "judgment:*").Count();
        var waited = Stopwatch.StartNew();
        while (server.Keys(pattern: "judgment:*").Count() < keysBefore + fresh.Count && waited.Elapsed < TimeSpan.FromSeconds(20))
        {
            foreach (var text in fresh)
            {
                using var response = await writerClient.PostAsJsonAsync("/v1/judgments", new { text });
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }

            await Task.Delay(200);
        }

        var hits = 0;
        foreach (var text in fresh)
        {
            using var response = await readerClient.PostAsJsonAsync("/v1/judgments", new { text });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            hits += (await response.ReadJsonAsync()).GetProperty("cached").GetBoolean() ? 1 : 0;
        }

        Assert.True(hits >= fresh.Count * 9 / 10, $"hit ratio after the restart: {hits}/{fresh.Count}");
    }

    // Requests that must complete in each phase: before the kill, while Redis is down, after the restart.
    private const int PerPhase = 20;

    private static readonly TimeSpan PhaseLimit = TimeSpan.FromSeconds(60);

    private static async Task UntilAsync(Func<bool> condition, string phase)
    {
        var waited = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(waited.Elapsed < PhaseLimit, $"fewer than {PerPhase} requests completed {phase} within {PhaseLimit.TotalSeconds} s");
            await Task.Delay(50);
        }
    }

    private static string Story(int worker, int index) =>
        $"Story {worker}-{index}: Maya Okafor waits for her turn at the dentist. She takes methylphenidate at lunch.";
}
