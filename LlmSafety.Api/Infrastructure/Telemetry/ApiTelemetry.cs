using System.Diagnostics;
using System.Diagnostics.Metrics;
using LlmSafety.Judge;
using LlmSafety.ServiceDefaults;

namespace LlmSafety.Api.Infrastructure.Telemetry;

/// <summary>
/// The Api's spans and instruments. Tags carry only categorical values (verdict, model version, length bucket,
/// entity counts, provider) — never text, names or health terms.
/// </summary>
public sealed class ApiTelemetry
{
    public static readonly ActivitySource ActivitySource = new(LlmSafetyTelemetry.ApiSource);

    private readonly Counter<long> judgments;
    private readonly Histogram<double> judgeDuration;
    private readonly Counter<long> cacheHits;
    private readonly Counter<long> cacheMisses;
    private readonly Counter<long> llmTokens;

    public ApiTelemetry(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(LlmSafetyTelemetry.ApiSource);
        judgments = meter.CreateCounter<long>("llmsafety.judgments", unit: "{judgment}", description: "Judgments returned, by verdict.");
        judgeDuration = meter.CreateHistogram<double>("llmsafety.judge.duration", unit: "ms", description: "Time the judge model took to evaluate a text (cache misses only).");
        cacheHits = meter.CreateCounter<long>("llmsafety.cache.hits", unit: "{judgment}", description: "Judgments served from the cache.");
        cacheMisses = meter.CreateCounter<long>("llmsafety.cache.misses", unit: "{judgment}", description: "Judgments that had to be evaluated.");
        llmTokens = meter.CreateCounter<long>("llmsafety.llm.tokens", unit: "{token}", description: "LLM tokens used, by provider and direction.");
    }

    public void RecordJudgment(Verdict verdict) =>
        judgments.Add(1, new KeyValuePair<string, object?>("verdict", VerdictTag(verdict)));

    public void RecordJudgeDuration(double milliseconds, string modelVersion) =>
        judgeDuration.Record(milliseconds, new KeyValuePair<string, object?>("model.version", modelVersion));

    public void RecordCacheLookup(bool hit)
    {
        if (hit)
        {
            cacheHits.Add(1);
        }
        else
        {
            cacheMisses.Add(1);
        }
    }

    public void RecordTokens(string provider, long? inputTokens, long? outputTokens)
    {
        if (inputTokens is > 0)
        {
            llmTokens.Add(inputTokens.Value, new("provider", provider), new("direction", "input"));
        }

        if (outputTokens is > 0)
        {
            llmTokens.Add(outputTokens.Value, new("provider", provider), new("direction", "output"));
        }
    }

    public static string VerdictTag(Verdict verdict) => verdict switch
    {
        Verdict.Safe => "safe",
        Verdict.Review => "review",
        _ => "unsafe",
    };

    /// <summary>A coarse size class: enough to spot slow long texts, too coarse to fingerprint one.</summary>
    public static string LengthBucket(int length) => length switch
    {
        < 100 => "0-99",
        < 1_000 => "100-999",
        < 10_000 => "1000-9999",
        _ => "10000+",
    };
}
