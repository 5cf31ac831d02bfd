using System.Diagnostics;
using LlmSafety.Judge.Data;

namespace LlmSafety.Judge.Evaluation;

/// <summary>Runs a judge over labelled records, one at a time on the calling thread, and measures it.</summary>
public static class JudgeEvaluator
{
    public static JudgeEvaluation Evaluate(IJudge judge, IReadOnlyList<LabelledNarrative> records, string name)
    {
        ArgumentNullException.ThrowIfNull(judge);
        ArgumentNullException.ThrowIfNull(records);
        var identityScores = new List<double>(records.Count);
        var identityFlags = new List<bool>(records.Count);
        var healthScores = new List<double>(records.Count);
        var healthFlags = new List<bool>(records.Count);
        var latencies = new double[records.Count];
        var spans = new SpanMatcher();
        var hardNegatives = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var verdicts = Enum.GetValues<Verdict>().ToDictionary(v => v.ToString().ToLowerInvariant(), _ => 0, StringComparer.Ordinal);

        if (records.Count > 0)
        {
            judge.Evaluate(records[0].Text);
        }

        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            var started = Stopwatch.GetTimestamp();
            var judgment = judge.Evaluate(record.Text);
            latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;

            identityScores.Add(judgment.Identity.Score);
            identityFlags.Add(judgment.Identity.Flagged);
            healthScores.Add(judgment.Health.Score);
            healthFlags.Add(judgment.Health.Flagged);
            verdicts[judgment.Verdict.ToString().ToLowerInvariant()]++;
            spans.Add(judgment.Entities, record.Spans ?? []);

            if (record.HardNegative is { Length: > 0 } family)
            {
                var falsePositive = (record.LabelIdentity == 0 && judgment.Identity.Flagged) || (record.LabelHealth == 0 && judgment.Health.Flagged);
                if (!hardNegatives.TryGetValue(family, out var counts))
                {
                    counts = new int[2];
                    hardNegatives[family] = counts;
                }

                counts[0]++;
                counts[1] += falsePositive ? 1 : 0;
            }
        }

        Array.Sort(latencies);
        return new JudgeEvaluation
        {
            Name = name,
            ModelVersion = judge.ModelVersion,
            Records = records.Count,
            Identity = BinaryMetrics.Compute(identityScores, identityFlags, records.Select(r => r.LabelIdentity == 1).ToList()),
            Health = BinaryMetrics.Compute(healthScores, healthFlags, records.Select(r => r.LabelHealth == 1).ToList()),
            SpansExact = spans.Exact,
            SpansOverlap = spans.Overlap,
            HardNegatives = hardNegatives.OrderBy(p => p.Key, StringComparer.Ordinal)
                .ToDictionary(p => p.Key, p => new HardNegativeResult(p.Value[0], p.Value[1]), StringComparer.Ordinal),
            Verdicts = verdicts,
            Latency = new LatencySummary(
                Percentile(latencies, 0.50), Percentile(latencies, 0.99), latencies.Length == 0 ? 0 : latencies.Average(),
                records.Count == 0 ? 0 : records.Average(r => r.Text.Length)),
        };
    }

    public static double Percentile(double[] sorted, double quantile)
    {
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var index = (int)Math.Ceiling(quantile * sorted.Length) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Length - 1)];
    }
}
