using System.Text.Json;
using LlmSafety.Judge.Evaluation;
using LlmSafety.Judge.Tests.Model;

namespace LlmSafety.Judge.Tests.Evaluation;

[Collection(TrainedJudgeCollection.Name)]
public class EvaluationReportTests(TrainedJudgeFixture fixture) : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"judge-report-{Guid.NewGuid():N}");

    [Fact]
    public void Report_holds_model_and_keyword_baseline_side_by_side_with_flat_metrics()
    {
        var report = EvaluationReportBuilder.Build(fixture.Model, fixture.Test, "test split");

        Assert.Equal(["model", "baseline"], report.Judges.Select(j => j.Name));
        foreach (var key in new[] { "identity.recall", "identity.precision", "health.f2", "identity.roc_auc", "health.pr_auc", "identity.ece",
                     "span.overlap.f2", "span.exact.f2", "latency.p50_ms", "latency.p99_ms", "verdict.unsafe", "baseline.identity.f2", "lift.health.f2" })
        {
            Assert.True(report.Metrics.ContainsKey(key), $"missing metric {key}");
        }

        Assert.Contains(report.Metrics.Keys, k => k.StartsWith("hardneg.fpr.", StringComparison.Ordinal));
        Assert.All(report.Metrics.Where(m => m.Key.EndsWith(".recall", StringComparison.Ordinal)), m => Assert.InRange(m.Value, 0, 1));
        Assert.Equal(fixture.Test.Count, report.Judges[0].Verdicts.Values.Sum());
    }

    [Fact]
    public void Writing_a_report_produces_json_markdown_and_non_empty_png_plots()
    {
        var report = EvaluationReportBuilder.Build(fixture.Model, fixture.Test.Take(120).ToList(), "sample");

        var files = ReportWriter.Write(report, _directory);

        foreach (var name in new[] { "report.json", "report.md", "pr-curve-identity.png", "pr-curve-health.png", "confusion-identity.png", "confusion-health.png", "reliability.png" })
        {
            var path = Path.Combine(_directory, name);
            Assert.Contains(path, files);
            Assert.True(new FileInfo(path).Length > 1000, $"{name} is empty or tiny");
        }

        var png = File.ReadAllBytes(Path.Combine(_directory, "pr-curve-health.png"));
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, png[..4]);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_directory, "report.json")));
        Assert.Equal(1, json.RootElement.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("model", json.RootElement.GetProperty("judges")[0].GetProperty("name").GetString());
        Assert.Contains("| identity.recall |", File.ReadAllText(Path.Combine(_directory, "report.md")), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }

        GC.SuppressFinalize(this);
    }
}
