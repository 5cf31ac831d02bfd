using LlmSafety.Judge.Baseline;
using LlmSafety.Judge.Data;

namespace LlmSafety.Judge.Evaluation;

/// <summary>Evaluates the model and the keyword baseline on the same records and puts both in one report.</summary>
public static class EvaluationReportBuilder
{
    public static EvaluationReport Build(IJudge model, IReadOnlyList<LabelledNarrative> records, string datasetName)
    {
        var modelEvaluation = JudgeEvaluator.Evaluate(model, records, "model");
        var baselineEvaluation = JudgeEvaluator.Evaluate(new KeywordBaselineJudge(), records, "baseline");
        var metrics = MetricNames.Flatten(modelEvaluation);
        foreach (var (name, value) in MetricNames.Flatten(baselineEvaluation, "baseline."))
        {
            metrics[name] = value;
        }

        var lift = new SortedDictionary<string, double>(StringComparer.Ordinal)
        {
            ["identity.f2"] = modelEvaluation.Identity.F2 - baselineEvaluation.Identity.F2,
            ["health.f2"] = modelEvaluation.Health.F2 - baselineEvaluation.Health.F2,
            ["span.overlap.f2"] = modelEvaluation.SpansOverlap[SpanMatcher.AllTypes].F2 - baselineEvaluation.SpansOverlap[SpanMatcher.AllTypes].F2,
        };
        foreach (var (name, value) in lift)
        {
            metrics[$"lift.{name}"] = value;
        }

        return new EvaluationReport
        {
            CreatedUtc = DateTimeOffset.UtcNow,
            Dataset = new DatasetSummary(
                datasetName,
                records.Count,
                records.Count(r => r.LabelIdentity == 1),
                records.Count(r => r.LabelHealth == 1),
                records.Sum(r => r.Spans?.Count ?? 0),
                records.Count(r => r.HardNegative is { Length: > 0 })),
            Judges = [modelEvaluation, baselineEvaluation],
            Lift = lift,
            Metrics = metrics,
        };
    }
}
