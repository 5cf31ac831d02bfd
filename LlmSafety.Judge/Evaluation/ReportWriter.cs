using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LlmSafety.Judge.Evaluation;

/// <summary>Writes report.json (schema in docs/EVALUATION.md), report.md and the PNG plots into one folder.</summary>
public static class ReportWriter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static IReadOnlyList<string> Write(EvaluationReport report, string directory)
    {
        Directory.CreateDirectory(directory);
        var jsonPath = Path.Combine(directory, "report.json");
        File.WriteAllText(jsonPath, JsonSerializer.Serialize(report, Json));
        var markdownPath = Path.Combine(directory, "report.md");
        File.WriteAllText(markdownPath, ToMarkdown(report));
        return [jsonPath, markdownPath, .. ReportPlots.Write(report, directory)];
    }

    public static string ToMarkdown(EvaluationReport report)
    {
        var md = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        md.AppendLine(c, $"# Judge evaluation: {report.Dataset.Name}");
        md.AppendLine();
        md.AppendLine(c, $"{report.Dataset.Records} records, {report.Dataset.IdentityPositives} identity-positive, {report.Dataset.HealthPositives} health-positive, {report.Dataset.Spans} labelled spans, {report.Dataset.HardNegatives} hard negatives{(report.Dataset.SpanOffsets == "codepoint" ? "; span offsets read as Unicode code points" : "")}.");
        md.AppendLine();
        md.AppendLine("| metric | " + string.Join(" | ", report.Judges.Select(j => j.Name)) + " |");
        md.AppendLine("|---|" + string.Concat(report.Judges.Select(_ => "---:|")));
        foreach (var category in new[] { "identity", "health" })
        {
            foreach (var metric in new[] { "precision", "recall", "f1", "f2", "roc_auc", "pr_auc", "ece" })
            {
                Row(md, report, $"{category}.{metric}");
            }
        }

        foreach (var key in new[] { "span.exact.f2", "span.overlap.precision", "span.overlap.recall", "span.overlap.f2", "hardneg.fpr.max", "verdict.safe", "verdict.review", "verdict.unsafe", "latency.p50_ms", "latency.p99_ms" })
        {
            Row(md, report, key);
        }

        md.AppendLine();
        md.AppendLine("## Lift of the model over the keyword baseline");
        md.AppendLine();
        foreach (var (name, value) in report.Lift)
        {
            md.AppendLine(c, $"- {name}: {value:+0.000;-0.000;0.000}");
        }

        md.AppendLine();
        md.AppendLine("## Hard-negative false-positive rate (model)");
        md.AppendLine();
        md.AppendLine("| family | records | false positives | FPR |");
        md.AppendLine("|---|---:|---:|---:|");
        foreach (var (family, result) in report.Judges[0].HardNegatives)
        {
            md.AppendLine(c, $"| {family} | {result.Records} | {result.FalsePositives} | {result.FalsePositiveRate:0.000} |");
        }

        md.AppendLine();
        md.AppendLine("## Spans per entity type (model, overlap / exact F2)");
        md.AppendLine();
        md.AppendLine("| type | gold | predicted | overlap P | overlap R | overlap F2 | exact F2 |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        var model = report.Judges[0];
        foreach (var (type, overlap) in model.SpansOverlap)
        {
            var exact = model.SpansExact.TryGetValue(type, out var e) ? e.F2 : double.NaN;
            md.AppendLine(c, $"| {type} | {overlap.Gold} | {overlap.Predicted} | {overlap.Precision:0.000} | {overlap.Recall:0.000} | {overlap.F2:0.000} | {exact:0.000} |");
        }

        md.AppendLine();
        md.AppendLine("Plots: pr-curve-identity.png, pr-curve-health.png, confusion-identity.png, confusion-health.png, reliability.png.");
        return md.ToString();
    }

    private static void Row(StringBuilder md, EvaluationReport report, string key)
    {
        var cells = report.Judges.Select((judge, i) =>
        {
            var name = i == 0 ? key : $"{judge.Name}.{key}";
            return report.Metrics.TryGetValue(name, out var value) ? value.ToString("0.000", CultureInfo.InvariantCulture) : "–";
        });
        md.AppendLine(CultureInfo.InvariantCulture, $"| {key} | {string.Join(" | ", cells)} |");
    }
}
