using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using LlmSafety.Api.Tests.Doubles;
using LlmSafety.Api.Tests.Fixtures;
using LlmSafety.Reliability.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using OpenTelemetry.Trace;
using StackExchange.Redis;

namespace LlmSafety.Reliability.Tests.Privacy;

/// <summary>
/// A run full of names, contact details and diagnoses through every judging path, including failures, with the real
/// judge and a real Redis; then everything the run emitted is scanned: logs (messages, state values, exceptions at
/// Trace level), spans (names, tags, events, status), metric labels, Redis keys and values, and error bodies.
/// </summary>
[Collection(TrainedJudgeCollection.Name)]
public sealed class EmittedDataScanTests(TrainedJudgeFixture judge)
{
    private const string ApiKey = "k3y-Zq81-reliability-secret";

    private static readonly string[] Sensitive =
        [ApiKey, "wrong-key-Xy72", "Liam", "Okafor", "Ritalin", "epilepsy", "Kowalski", "seizures", "Sunnyvale", "555-867-5309", "Keppra", "methylphenidate", "liam.okafor@example.com", "autism"];

    [Fact]
    public async Task No_name_contact_or_health_term_appears_in_logs_spans_metric_labels_cache_or_errors()
    {
        using var redis = new RestartableRedis();
        using var metrics = new MetricRecorder();
        var spans = new List<Activity>();
        var chat = new ScriptedChatClient(
            "I am Liam Okafor. I take Ritalin because of my epilepsy. I go to Sunnyvale school.",
            "Liam waits for the bus. The bus comes. Liam gets on.");
        using var factory = new ApiFactory(
            new Dictionary<string, string?>
            {
                ["ConnectionStrings:cache"] = redis.ConnectionString,
                ["Cache:RedisTimeout"] = "00:00:00.300",
                ["Api:ApiKey"] = ApiKey,
            },
            chat,
            services =>
            {
                services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddFakeLogging());
                services.AddOpenTelemetry().WithTracing(tracing => tracing.AddInMemoryExporter(spans));
            });
        using var client = factory.StartOnLoopback();
        factory.ServeJudge(judge.Model, "scan");

        const string text = "Liam Okafor (555-867-5309, liam.okafor@example.com) has epilepsy and autism; he takes Keppra and Ritalin for his seizures at Sunnyvale.";
        var errorBodies = new List<string>();
        using (var wrongKey = new HttpRequestMessage(HttpMethod.Post, "/v1/judgments") { Content = JsonContent.Create(new { text }) })
        {
            wrongKey.Headers.Add("X-Api-Key", "wrong-key-Xy72");
            using var refused = await client.SendAsync(wrongKey);
            errorBodies.Add($"{(int)refused.StatusCode} {await refused.Content.ReadAsStringAsync()}");
        }

        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        await client.PostAsJsonAsync("/v1/judgments", new { text });
        await client.PostAsJsonAsync("/v1/judgments", new { text });
        await client.PostAsJsonAsync("/v1/judgments", new { text, allowedNames = new[] { "Liam Okafor" } });
        await client.PostAsJsonAsync("/v1/judgments/batch", new { items = new[] { new { id = "x1", text }, new { id = "x2", text = "Kowalski takes methylphenidate." } } });
        await client.PostAsJsonAsync("/v1/narratives", new { subjectName = "Liam Okafor", situation = "taking Ritalin at Sunnyvale", details = "epilepsy, seizures, Keppra", onUnsafe = "regenerate" });
        await client.PostAsJsonAsync("/v1/narratives/stream", new { subjectName = "Liam Okafor", situation = "epilepsy check-up", onUnsafe = "block" });
        foreach (var bad in new[]
        {
            "{\"text\":\"Liam Okafor has epilepsy\",\"allowedNames\":[\"" + new string('K', 200) + "Kowalski\"]}",
            "{\"text\":\"Liam Okafor has epilepsy\",\"policy\":{\"identityThreshold\":7}}",
            "{\"text\":\"Liam Okafor has epilepsy\"",
            "{\"text\":\"Liam Okafor has epilepsy \\uD800 Keppra\"}",
            "{\"subjectName\":\"Liam Okafor Kowalski Sunnyvale epilepsy " + new string('x', 200) + "\",\"situation\":\"Keppra\"}",
        })
        {
            using var response = await client.PostAsync(bad.StartsWith("{\"subjectName", StringComparison.Ordinal) ? "/v1/narratives" : "/v1/judgments", new StringContent(bad, Encoding.UTF8, "application/json"));
            errorBodies.Add($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        redis.Kill();
        await client.PostAsJsonAsync("/v1/judgments", new { text = text + " Kowalski" });
        redis.Start();

        var emitted = new List<(string Where, string What)>();
        emitted.AddRange(factory.Services.GetRequiredService<FakeLogCollector>().GetSnapshot().SelectMany(log =>
            new[] { log.Message, log.Exception?.ToString() ?? string.Empty }
                .Concat(log.StructuredState?.Select(pair => $"{pair.Key}={pair.Value}") ?? [])
                .Select(value => ($"log {log.Category}", value))));
        // Stopping the host waits for the last requests to finish, so every span has ended and been exported and the
        // exporter's list no longer changes while it is read below.
        await factory.DisposeAsync();
        emitted.AddRange(spans.SelectMany(span =>
            new[] { span.DisplayName, span.OperationName, span.StatusDescription ?? string.Empty }
                .Concat(span.TagObjects.Select(tag => $"{tag.Key}={tag.Value}"))
                .Concat(span.Events.SelectMany(e => e.Tags.Select(tag => $"{e.Name} {tag.Key}={tag.Value}")))
                .Select(value => ($"span {span.Source.Name}", value))));
        emitted.AddRange(metrics.Measurements.SelectMany(m => m.Tags.Select(tag => ($"metric {m.Instrument}", tag))));
        emitted.AddRange(errorBodies.Select(body => ("error body", body)));
        Assert.True(spans.Count > 5, "the run must have produced spans to scan");
        Assert.True(emitted.Count > 50, "the run must have produced telemetry to scan");
        Assert.Contains(errorBodies, body => body.StartsWith("400", StringComparison.Ordinal));
        Assert.StartsWith("401", errorBodies[0], StringComparison.Ordinal);
        Assert.Contains(emitted, item => item.What.Contains("\"verdict\"", StringComparison.Ordinal) || item.Where.StartsWith("span", StringComparison.Ordinal));
        var leaks = emitted
            .SelectMany(item => Sensitive.Where(term => item.What.Contains(term, StringComparison.OrdinalIgnoreCase)).Select(term => $"{item.Where}: '{term}'"))
            .Distinct()
            .ToList();
        Assert.Empty(leaks);
    }

    [Fact]
    public async Task Redis_keys_and_values_hold_no_name_contact_or_health_term()
    {
        using var redis = new RestartableRedis();
        using var factory = new ApiFactory(new Dictionary<string, string?> { ["ConnectionStrings:cache"] = redis.ConnectionString });
        using var client = factory.StartOnLoopback();
        factory.ServeJudge(judge.Model, "scan");
        const string text = "Liam Okafor (555-867-5309, liam.okafor@example.com) has epilepsy and autism; he takes Keppra and Ritalin for his seizures at Sunnyvale.";
        await client.PostAsJsonAsync("/v1/judgments", new { text });
        await client.PostAsJsonAsync("/v1/judgments", new { text, allowedNames = new[] { "Liam Okafor" } });
        await client.PostAsJsonAsync("/v1/judgments/batch", new { items = new[] { new { id = "x1", text = "Kowalski takes methylphenidate." } } });

        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
        var server = connection.GetServer(connection.GetEndPoints()[0]);
        var database = connection.GetDatabase();
        var stored = new List<string>();
        var waited = Stopwatch.StartNew();
        while (stored.Count < 3 && waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(100);
            stored = server.Keys(pattern: "*").Select(key => key.ToString()).ToList();
        }

        Assert.True(stored.Count >= 3, $"expected the three judgments in redis, found {stored.Count} keys");
        var contents = new List<string>(stored);
        foreach (var key in stored)
        {
            var values = await database.KeyTypeAsync(key) switch
            {
                RedisType.Hash => (await database.HashGetAllAsync(key)).SelectMany(entry => new[] { entry.Name, entry.Value }).ToArray(),
                RedisType.String => [await database.StringGetAsync(key)],
                var other => throw new InvalidOperationException($"unexpected redis type {other} for a cache entry"),
            };
            contents.AddRange(values.Where(value => value.HasValue).Select(value => Encoding.UTF8.GetString((byte[])value!)));
        }

        Assert.Empty(contents.SelectMany(content => Sensitive.Where(term => content.Contains(term, StringComparison.OrdinalIgnoreCase))).Distinct());
    }
}
