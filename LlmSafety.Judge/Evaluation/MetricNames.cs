namespace LlmSafety.Judge.Evaluation;

/// <summary>
/// Flattens an evaluation into metric names such as identity.recall, health.f2, span.overlap.f2,
/// span.exact.PERSON_NAME.f2, hardneg.fpr.medical-word-other-sense, latency.p99_ms, verdict.unsafe.
/// The baseline's metrics carry a "baseline." prefix.
/// </summary>
public static class MetricNames
{
    public static SortedDictionary<string, double> Flatten(JudgeEvaluation evaluation, string prefix = "")
    {
        var metrics = new SortedDictionary<string, double>(StringComparer.Ordinal);
        AddCategory(metrics, prefix + "identity", evaluation.Identity);
        AddCategory(metrics, prefix + "health", evaluation.Health);
        AddSpans(metrics, prefix + "span.exact", evaluation.SpansExact);
        AddSpans(metrics, prefix + "span.overlap", evaluation.SpansOverlap);
        foreach (var (family, result) in evaluation.HardNegatives)
        {
            metrics[$"{prefix}hardneg.fpr.{family}"] = result.FalsePositiveRate;
        }

        if (evaluation.HardNegatives.Count > 0)
        {
            metrics[$"{prefix}hardneg.fpr.max"] = evaluation.HardNegatives.Values.Max(r => r.FalsePositiveRate);
        }

        foreach (var (verdict, count) in evaluation.Verdicts)
        {
            metrics[$"{prefix}verdict.{verdict}"] = evaluation.Records == 0 ? 0 : (double)count / evaluation.Records;
        }

        metrics[$"{prefix}latency.p50_ms"] = evaluation.Latency.P50Ms;
        metrics[$"{prefix}latency.p99_ms"] = evaluation.Latency.P99Ms;
        return metrics;
    }

    private static void AddCategory(SortedDictionary<string, double> metrics, string name, BinaryMetrics m)
    {
        metrics[$"{name}.precision"] = m.Precision;
        metrics[$"{name}.recall"] = m.Recall;
        metrics[$"{name}.f1"] = m.F1;
        metrics[$"{name}.f2"] = m.F2;
        metrics[$"{name}.roc_auc"] = m.RocAuc;
        metrics[$"{name}.pr_auc"] = m.PrAuc;
        metrics[$"{name}.ece"] = m.Ece;
        metrics[$"{name}.fp"] = m.FalsePositives;
        metrics[$"{name}.fn"] = m.FalseNegatives;
    }

    private static void AddSpans(SortedDictionary<string, double> metrics, string name, IReadOnlyDictionary<string, SpanScore> scores)
    {
        foreach (var (type, score) in scores)
        {
            var key = type == SpanMatcher.AllTypes ? name : $"{name}.{type}";
            metrics[$"{key}.precision"] = score.Precision;
            metrics[$"{key}.recall"] = score.Recall;
            metrics[$"{key}.f2"] = score.F2;
        }
    }
}
