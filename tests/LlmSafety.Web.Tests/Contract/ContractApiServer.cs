using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LlmSafety.Web.Tests.Contract;

/// <summary>
/// A small loopback HTTP server that follows the judge API's HTTP contract (paths, JSON shapes, SSE events,
/// problem details, API key) so the Web can be tested over real HTTP before the real Api is merged. At integration
/// the browser tests point the Web at the real Api instead; only <see cref="BaseAddress"/> is used from outside.
/// </summary>
public sealed class ContractApiServer : IAsyncDisposable
{
    public const string ChampionVersion = "3";

    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, byte> judgedTexts = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<double> latencies = new();
    private readonly DateTimeOffset startedAt = DateTimeOffset.UtcNow;
    private long safe;
    private long review;
    private long unsafeCount;
    private long hits;
    private long misses;

    private ContractApiServer(WebApplication app, string? apiKey)
    {
        this.app = app;
        ApiKey = apiKey;
    }

    public Uri BaseAddress { get; private set; } = default!;

    public string? ApiKey { get; }

    /// <summary>When false, <c>GET /v1/model</c> answers 503 the way the Api does before any model is loaded.</summary>
    public bool ModelLoaded { get; set; } = true;

    /// <summary>Pause between streamed chunks, so a test (or a person watching) sees the text grow.</summary>
    public TimeSpan StreamChunkDelay { get; set; } = TimeSpan.FromMilliseconds(15);

    public static async Task<ContractApiServer> StartAsync(string? apiKey = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Services.AddProblemDetails();

        var server = new ContractApiServer(builder.Build(), apiKey);
        server.MapEndpoints();
        await server.app.StartAsync();
        var address = server.app.Urls.Single();
        server.BaseAddress = new Uri(address + "/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private void MapEndpoints()
    {
        app.Use(async (context, next) =>
        {
            if (ApiKey is not null && context.Request.Headers["X-Api-Key"] != ApiKey)
            {
                await Results.Problem(title: "A valid X-Api-Key header is required.", statusCode: 401).ExecuteAsync(context);
                return;
            }

            await next(context);
        });

        app.MapPost("/v1/judgments", async (HttpContext context) =>
        {
            var body = await ReadBodyAsync(context);
            var text = body?["text"]?.GetValue<string>();
            if (string.IsNullOrEmpty(text))
            {
                return FieldProblem("text", "The text field is required and must be 1 to 100000 characters.");
            }

            return Results.Json(JudgeAndCount(text, AllowedNames(body)));
        });

        app.MapPost("/v1/narratives", async (HttpContext context) =>
        {
            var body = await ReadBodyAsync(context);
            if (string.IsNullOrWhiteSpace(body?["situation"]?.GetValue<string>()))
            {
                return FieldProblem("situation", "The situation field is required.");
            }

            return Results.Json(WriteNarrative(body));
        });

        app.MapPost("/v1/narratives/stream", async (HttpContext context) =>
        {
            var body = await ReadBodyAsync(context);
            context.Response.ContentType = "text/event-stream";
            if (string.IsNullOrWhiteSpace(body?["situation"]?.GetValue<string>()))
            {
                var problem = new JsonObject
                {
                    ["title"] = "One or more validation errors occurred.",
                    ["status"] = 400,
                    ["errors"] = new JsonObject { ["situation"] = new JsonArray("The situation field is required.") },
                };
                await WriteEventAsync(context, "error", problem.ToJsonString());
                return;
            }

            var narrative = WriteNarrative(body);
            var story = narrative["narrative"]?.GetValue<string>() ?? string.Empty;
            for (var start = 0; start < story.Length; start += 24)
            {
                var chunk = story.Substring(start, Math.Min(24, story.Length - start));
                await WriteEventAsync(context, "delta", new JsonObject { ["text"] = chunk }.ToJsonString());
                await Task.Delay(StreamChunkDelay, context.RequestAborted);
            }

            await WriteEventAsync(context, "judgment", narrative.ToJsonString());
        });

        app.MapGet("/v1/model", () => ModelLoaded
            ? Results.Json(new JsonObject
            {
                ["name"] = "llm-safety-judge",
                ["version"] = ChampionVersion,
                ["alias"] = "champion",
                ["source"] = "local",
                ["runId"] = "5f2c0a9e3b7d4c1e8a6f",
                ["trackingUri"] = "http://127.0.0.1:5000",
                ["mlflowRunUrl"] = "http://127.0.0.1:5000/#/experiments/1/runs/5f2c0a9e3b7d4c1e8a6f",
                ["metrics"] = Metrics(0.991, 0.962, 0.984, 0.948),
                ["trainedAt"] = "2026-11-27T21:04:00Z",
                ["loadedAt"] = startedAt.ToString("O"),
            })
            : Results.Problem(title: "No model is loaded.", detail: "The judge has not loaded a model yet; the trainer may still be running.", statusCode: 503));

        app.MapGet("/v1/model/versions", () => Results.Json(new JsonArray
        {
            Version(ChampionVersion, ["champion"], "2026-11-27T21:05:00Z", "promoted", "beat v2 on identity.recall and health.f1", Metrics(0.991, 0.962, 0.984, 0.948)),
            Version("2", [], "2026-11-26T18:12:00Z", "rejected", "health.recall 0.88 is below the floor 0.90", Metrics(0.979, 0.950, 0.880, 0.905)),
            Version("1", [], "2026-11-25T09:40:00Z", "promoted", "first model", Metrics(0.950, 0.930, 0.910, 0.900)),
        }));

        app.MapGet("/v1/model/artifacts/{fileName}", (string fileName) => fileName switch
        {
            "pr-curve-identity.png" => Results.File(PngImage.Chart(480, 320, (31, 95, 191)), "image/png"),
            "pr-curve-health.png" => Results.File(PngImage.Chart(480, 320, (31, 95, 191)), "image/png"),
            "confusion-identity.png" => Results.File(PngImage.Chart(480, 320, (179, 92, 0)), "image/png"),
            "confusion-health.png" => Results.File(PngImage.Chart(480, 320, (179, 92, 0)), "image/png"),
            "reliability.png" => Results.File(PngImage.Chart(480, 320, (14, 92, 14)), "image/png"),
            "report.md" => Results.Text("# Evaluation of llm-safety-judge v3\n", "text/markdown"),
            "report.json" => Results.Json(new JsonObject { ["version"] = ChampionVersion }),
            _ => Results.Problem(title: "No such artifact.", statusCode: 404),
        });

        app.MapGet("/v1/stats", () =>
        {
            var sorted = latencies.OrderBy(value => value).ToArray();
            var total = Interlocked.Read(ref safe) + Interlocked.Read(ref review) + Interlocked.Read(ref unsafeCount);
            var cacheTotal = Interlocked.Read(ref hits) + Interlocked.Read(ref misses);
            return Results.Json(new JsonObject
            {
                ["since"] = startedAt.ToString("O"),
                ["judgments"] = new JsonObject
                {
                    ["total"] = total,
                    ["safe"] = Interlocked.Read(ref safe),
                    ["review"] = Interlocked.Read(ref review),
                    ["unsafe"] = Interlocked.Read(ref unsafeCount),
                },
                ["cache"] = new JsonObject
                {
                    ["hits"] = Interlocked.Read(ref hits),
                    ["misses"] = Interlocked.Read(ref misses),
                    ["hitRatio"] = cacheTotal == 0 ? 0 : (double)Interlocked.Read(ref hits) / cacheTotal,
                },
                ["latencyMs"] = new JsonObject
                {
                    ["p50"] = Percentile(sorted, 0.50),
                    ["p95"] = Percentile(sorted, 0.95),
                    ["p99"] = Percentile(sorted, 0.99),
                },
            });
        });
    }

    private JsonObject JudgeAndCount(string text, IReadOnlyCollection<string> allowedNames)
    {
        var watch = Stopwatch.StartNew();
        var cached = !judgedTexts.TryAdd(text, 0);
        Interlocked.Increment(ref cached ? ref hits : ref misses);
        var judgment = ContractJudge.Judge(text, allowedNames, cached, 0);
        var elapsed = watch.Elapsed.TotalMilliseconds;
        judgment["durationMs"] = elapsed;
        latencies.Enqueue(elapsed);
        switch (judgment["verdict"]!.GetValue<string>())
        {
            case "safe":
                Interlocked.Increment(ref safe);
                break;
            case "review":
                Interlocked.Increment(ref review);
                break;
            default:
                Interlocked.Increment(ref unsafeCount);
                break;
        }

        return judgment;
    }

    /// <summary>
    /// Writes a story from the request the way an LLM often does: repeating the caregiver's details verbatim,
    /// which is exactly what the judge exists to catch.
    /// </summary>
    private JsonObject WriteNarrative(JsonObject? body)
    {
        var name = body?["subjectName"]?.GetValue<string>();
        var situation = body!["situation"]!.GetValue<string>().Trim();
        var details = body["details"]?.GetValue<string>();
        var skill = body["skill"]?.GetValue<string>() ?? "stay calm";
        var onUnsafe = body["onUnsafe"]?.GetValue<string>() ?? "redact";
        var provider = body["provider"]?.GetValue<string>() ?? "simulated";

        var story = Compose(name, situation, skill, details);
        var judgment = JudgeAndCount(story, []);
        var attempts = 1;
        string? narrative = story;
        string? safeNarrative = story;
        var action = "none";
        if (judgment["verdict"]!.GetValue<string>() != "safe")
        {
            switch (onUnsafe)
            {
                case "block":
                    narrative = null;
                    safeNarrative = null;
                    action = "blocked";
                    break;
                case "regenerate":
                    story = Compose(name, situation, skill, details: null);
                    judgment = JudgeAndCount(story, []);
                    narrative = story;
                    safeNarrative = story;
                    attempts = 2;
                    action = "regenerated";
                    break;
                default:
                    safeNarrative = judgment["redactedText"]!.GetValue<string>();
                    action = "redacted";
                    break;
            }
        }

        return new JsonObject
        {
            ["narrative"] = narrative,
            ["judgment"] = judgment,
            ["safeNarrative"] = safeNarrative,
            ["action"] = action,
            ["attempts"] = attempts,
            ["provider"] = provider,
            ["model"] = new JsonObject { ["name"] = "llm-safety-judge", ["version"] = ChampionVersion },
        };
    }

    private static string Compose(string? name, string situation, string skill, string? details)
    {
        var story = new StringBuilder();
        story.Append(name is null ? "Today is a new day. " : "My name is " + name + ". ");
        story.Append("Today I am " + situation.ToLowerInvariant() + ". Sometimes this feels hard, and that is okay. ");
        story.Append("I can " + skill.ToLowerInvariant() + " by taking three slow breaths. ");
        if (!string.IsNullOrWhiteSpace(details))
        {
            story.Append(details.Trim().TrimEnd('.') + ". ");
        }

        story.Append("When it is over, I feel proud of myself.");
        return story.ToString();
    }

    private static async Task<JsonObject?> ReadBodyAsync(HttpContext context)
    {
        try
        {
            return await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string[] AllowedNames(JsonObject? body) =>
        body?["allowedNames"] is JsonArray names ? names.Select(name => name!.GetValue<string>()).ToArray() : [];

    private static IResult FieldProblem(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    private static async Task WriteEventAsync(HttpContext context, string eventType, string json)
    {
        await context.Response.WriteAsync($"event: {eventType}\ndata: {json}\n\n", context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
    }

    private static JsonObject Metrics(double identityRecall, double identityPrecision, double healthRecall, double healthPrecision) => new()
    {
        ["identity.recall"] = identityRecall,
        ["identity.precision"] = identityPrecision,
        ["identity.f1"] = Math.Round(2 * identityRecall * identityPrecision / (identityRecall + identityPrecision), 3),
        ["health.recall"] = healthRecall,
        ["health.precision"] = healthPrecision,
        ["health.f1"] = Math.Round(2 * healthRecall * healthPrecision / (healthRecall + healthPrecision), 3),
        ["accuracy"] = Math.Round((identityRecall + healthRecall) / 2, 3),
    };

    private static JsonObject Version(string version, string[] aliases, string createdAt, string promotion, string reason, JsonObject metrics) => new()
    {
        ["version"] = version,
        ["aliases"] = new JsonArray(aliases.Select(alias => (JsonNode?)alias).ToArray()),
        ["createdAt"] = createdAt,
        ["runId"] = $"run-{version}",
        ["promotion"] = promotion,
        ["reason"] = reason,
        ["metrics"] = metrics,
    };

    private static double Percentile(double[] sorted, double quantile) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];
}
