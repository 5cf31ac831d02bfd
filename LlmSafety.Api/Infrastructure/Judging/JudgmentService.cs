using System.Diagnostics;
using LlmSafety.Api.Infrastructure.Caching;
using LlmSafety.Api.Infrastructure.Statistics;
using LlmSafety.Api.Infrastructure.Telemetry;
using LlmSafety.Judge;
using Microsoft.Extensions.Caching.Hybrid;

namespace LlmSafety.Api.Infrastructure.Judging;

/// <summary>Judges a text through the cache: the one path every text takes before the Api returns it.</summary>
public sealed class JudgmentService(IJudgeHolder holder, HybridCache cache, ApiTelemetry telemetry, JudgmentStatistics statistics)
{
    /// <summary>The serving judge, read once so that a request (or a whole batch) stays on one model even if another is swapped in meanwhile.</summary>
    public LoadedJudge Pin() => holder.Current ?? throw new NoModelLoadedException();

    public ValueTask<JudgedText> JudgeAsync(string text, JudgePolicyOverrides overrides, CancellationToken cancellationToken) =>
        JudgeAsync(Pin(), text, overrides, cancellationToken);

    public async ValueTask<JudgedText> JudgeAsync(LoadedJudge loaded, string text, JudgePolicyOverrides overrides, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(overrides);

        var started = Stopwatch.GetTimestamp();
        var policy = overrides.ApplyTo(loaded.Judge.DefaultPolicy);
        var key = JudgmentCacheKey.For(loaded.Descriptor.Version, policy, text);

        using var cacheActivity = ApiTelemetry.ActivitySource.StartActivity("judgment.cache");
        var evaluation = new Evaluation(loaded, text, policy, telemetry);
        var judgment = await cache.GetOrCreateAsync(
            key,
            evaluation,
            static (state, _) => ValueTask.FromResult(state.Run()),
            cancellationToken: cancellationToken);
        var hit = !evaluation.Ran;
        cacheActivity?.SetTag("llmsafety.cache.hit", hit);

        var redaction = loaded.Redactor.Redact(text, judgment.Entities);
        var durationMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        telemetry.RecordCacheLookup(hit);
        telemetry.RecordJudgment(judgment.Verdict);
        statistics.Record(judgment.Verdict, hit, durationMs);
        return new JudgedText(judgment, redaction, loaded.Descriptor, hit, durationMs);
    }

    private sealed class Evaluation(LoadedJudge loaded, string text, JudgePolicy policy, ApiTelemetry telemetry)
    {
        public bool Ran { get; private set; }

        public CachedJudgment Run()
        {
            Ran = true;
            using var activity = ApiTelemetry.ActivitySource.StartActivity("judge.evaluate");
            var started = Stopwatch.GetTimestamp();
            var judgment = loaded.Judge.Evaluate(text, policy);
            telemetry.RecordJudgeDuration(Stopwatch.GetElapsedTime(started).TotalMilliseconds, loaded.Descriptor.Version);
            if (activity is not null)
            {
                activity.SetTag("llmsafety.model.version", loaded.Descriptor.Version);
                activity.SetTag("llmsafety.verdict", ApiTelemetry.VerdictTag(judgment.Verdict));
                activity.SetTag("llmsafety.text.length_bucket", ApiTelemetry.LengthBucket(text.Length));
                foreach (var group in judgment.Entities.GroupBy(entity => entity.Type))
                {
                    activity.SetTag($"llmsafety.entities.{EntityTypeNames.Of(group.Key)}", group.Count());
                }
            }

            return CachedJudgment.From(judgment);
        }
    }
}
