using ScottPlot;

namespace LlmSafety.Judge.Evaluation;

/// <summary>PNG plots of a report with ScottPlot: PR curves, confusion matrices and the reliability diagram.</summary>
public static class ReportPlots
{
    private const int Width = 900;
    private const int Height = 600;

    public static IReadOnlyList<string> Write(EvaluationReport report, string directory)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var category in new[] { "identity", "health" })
        {
            written.Add(PrCurves(report, category, Path.Combine(directory, $"pr-curve-{category}.png")));
            written.Add(Confusion(report.Judges[0], category, Path.Combine(directory, $"confusion-{category}.png")));
        }

        written.Add(Reliability(report.Judges[0], Path.Combine(directory, "reliability.png")));
        return written;
    }

    private static BinaryMetrics Metrics(JudgeEvaluation evaluation, string category) =>
        category == "identity" ? evaluation.Identity : evaluation.Health;

    private static string PrCurves(EvaluationReport report, string category, string path)
    {
        var plot = new Plot();
        PlotFonts.Apply(plot);
        foreach (var judge in report.Judges)
        {
            var curve = Metrics(judge, category).PrCurve;
            if (curve.Count == 0)
            {
                continue;
            }

            var recall = curve.Select(p => p.Recall).Prepend(0).ToArray();
            var precision = curve.Select(p => p.Precision).Prepend(curve[0].Precision).ToArray();
            var line = plot.Add.ScatterLine(recall, precision);
            line.LegendText = $"{judge.Name} (AP {Metrics(judge, category).PrAuc:0.000})";
            line.LineWidth = 2;
        }

        plot.Title($"Precision-recall: {category}");
        plot.XLabel("Recall");
        plot.YLabel("Precision");
        plot.Axes.SetLimits(0, 1.02, 0, 1.02);
        plot.ShowLegend(Alignment.LowerLeft);
        plot.SavePng(path, Width, Height);
        return path;
    }

    private static string Confusion(JudgeEvaluation evaluation, string category, string path)
    {
        var m = Metrics(evaluation, category);
        // Rows: actual positive, actual negative; columns: predicted positive, predicted negative.
        double[,] cells = { { m.TruePositives, m.FalseNegatives }, { m.FalsePositives, m.TrueNegatives } };
        var plot = new Plot();
        PlotFonts.Apply(plot);
        var heatmap = plot.Add.Heatmap(cells);
        heatmap.Colormap = new ScottPlot.Colormaps.Blues();
        string[] labels = ["TP", "FN", "FP", "TN"];
        for (var row = 0; row < 2; row++)
        {
            for (var column = 0; column < 2; column++)
            {
                var text = plot.Add.Text($"{labels[(row * 2) + column]} {cells[row, column]:0}", column, 1 - row);
                text.LabelFontSize = 28;
                text.LabelAlignment = Alignment.MiddleCenter;
                text.LabelFontColor = Colors.Black;
                text.LabelBackgroundColor = Colors.White.WithAlpha(0.7);
            }
        }

        plot.Title($"Confusion matrix: {category} ({evaluation.Name})");
        plot.Axes.Bottom.SetTicks([0, 1], ["predicted positive", "predicted negative"]);
        plot.Axes.Left.SetTicks([1, 0], ["actual positive", "actual negative"]);
        plot.SavePng(path, Width, Height);
        return path;
    }

    private static string Reliability(JudgeEvaluation evaluation, string path)
    {
        var plot = new Plot();
        PlotFonts.Apply(plot);
        var diagonal = plot.Add.Line(0, 0, 1, 1);
        diagonal.LinePattern = LinePattern.Dashed;
        diagonal.LegendText = "perfect calibration";
        foreach (var category in new[] { "identity", "health" })
        {
            var bins = Metrics(evaluation, category).Reliability;
            if (bins.Count == 0)
            {
                continue;
            }

            var points = plot.Add.Scatter(bins.Select(b => b.MeanScore).ToArray(), bins.Select(b => b.FractionPositive).ToArray());
            points.LegendText = $"{category} (ECE {Metrics(evaluation, category).Ece:0.000})";
            points.MarkerSize = 9;
        }

        plot.Title("Reliability diagram");
        plot.XLabel("Mean predicted score");
        plot.YLabel("Fraction positive");
        plot.Axes.SetLimits(0, 1, 0, 1.02);
        plot.ShowLegend(Alignment.UpperLeft);
        plot.SavePng(path, Width, Height);
        return path;
    }
}
