using System.Diagnostics;
using System.Globalization;
using LlmSafety.Judge.Evaluation;
using LlmSafety.Judge.Training;

namespace LlmSafety.Trainer.Commands;

/// <summary>
/// train --out DIR [--count N] [--seed S] [--data file.jsonl]: simulate (or read) data, split it by family and
/// template, train the judge, evaluate it on the test split beside the keyword baseline, and write
/// DIR/judge-model.zip plus DIR/report.json, report.md and the plots. No MLflow.
/// </summary>
internal static class TrainCommand
{
    public const string Usage = "train --out <dir> [--count N] [--seed S] [--data file.jsonl]";

    public static async Task<int> RunAsync(CommandArguments args, CancellationToken cancellationToken)
    {
        var output = args.RequiredString("out");
        var seed = args.Int("seed", LabelledData.DefaultSeed);
        var count = args.Int("count", LabelledData.DefaultCount, minimum: 50);
        var clock = Stopwatch.StartNew();

        var dataPath = args.String("data");
        var records = dataPath is null ? LabelledData.Simulate(count, seed) : await LabelledData.ReadAsync(dataPath, cancellationToken);
        var split = LabelledData.Split(records, seed);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"data: {records.Count} records → train {split.Train.Count}, validation {split.Validation.Count}, test {split.Test.Count} ({clock.Elapsed.TotalSeconds:0.0} s)"));

        var result = JudgeTrainer.Train(split.Train, split.Validation, new JudgeTrainingOptions(), seed);
        var trained = clock.Elapsed.TotalSeconds;
        var modelPath = Path.Combine(output, "judge-model.zip");
        result.Model.Save(modelPath);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"model: {modelPath} (trained in {trained:0.0} s)"));

        var report = EvaluationReportBuilder.Build(result.Model, split.Test, dataPath is null ? $"simulated count={count} seed={seed} test split" : $"{Path.GetFileName(dataPath)} test split");
        ReportWriter.Write(report, output);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"report: {Path.Combine(output, "report.md")} (total {clock.Elapsed.TotalSeconds:0.0} s)"));
        EvaluateCommand.PrintHeadline(report);
        return 0;
    }
}
