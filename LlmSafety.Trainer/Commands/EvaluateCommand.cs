using System.Globalization;
using LlmSafety.Judge;
using LlmSafety.Judge.Data;
using LlmSafety.Judge.Evaluation;
using LlmSafety.Judge.Model;

namespace LlmSafety.Trainer.Commands;

/// <summary>
/// evaluate --data file.jsonl [--model judge-model.zip] [--out dir]: evaluates a saved model (or, without --model,
/// trains the default one first) beside the keyword baseline and writes report.json, report.md and the plots.
/// </summary>
internal static class EvaluateCommand
{
    public const string Usage = "evaluate --data <file.jsonl> [--model judge-model.zip] [--out <dir>] [--offsets auto|utf16|codepoint]";

    public static async Task<int> RunAsync(CommandArguments args, CancellationToken cancellationToken)
    {
        var dataPath = args.RequiredString("data");
        var file = await LabelledData.ReadAsync(dataPath, LabelledData.Offsets(args), cancellationToken);
        LabelledData.Describe(file);
        var modelPath = args.String("model");
        IJudge judge;
        if (modelPath is null)
        {
            Console.WriteLine("no --model given: training the default model on simulated data first");
            judge = DefaultModel.Train();
        }
        else
        {
            judge = LoadModel(modelPath);
        }

        var output = args.String("out") ?? "evaluation";
        var report = EvaluationReportBuilder.Build(judge, file.Records, Path.GetFileName(dataPath));
        report = report with { Dataset = report.Dataset with { SpanOffsets = file.Offsets == SpanOffsetUnit.CodePoint ? "codepoint" : "utf16" } };
        ReportWriter.Write(report, output);
        Console.WriteLine($"report: {Path.Combine(output, "report.md")}");
        PrintHeadline(report);
        return 0;
    }

    public static JudgeModel LoadModel(string path)
    {
        try
        {
            return JudgeModel.Load(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or InvalidDataException)
        {
            throw new CommandException(ex.Message);
        }
    }

    public static void PrintHeadline(EvaluationReport report)
    {
        var m = report.Metrics;
        string F(string key) => m.TryGetValue(key, out var v) ? v.ToString("0.000", CultureInfo.InvariantCulture) : "n/a";
        Console.WriteLine($"identity  P {F("identity.precision")}  R {F("identity.recall")}  F2 {F("identity.f2")}  (baseline F2 {F("baseline.identity.f2")})");
        Console.WriteLine($"health    P {F("health.precision")}  R {F("health.recall")}  F2 {F("health.f2")}  (baseline F2 {F("baseline.health.f2")})");
        Console.WriteLine($"spans     overlap F2 {F("span.overlap.f2")}  exact F2 {F("span.exact.f2")}");
        Console.WriteLine($"hard negatives: max FPR {F("hardneg.fpr.max")}");
        Console.WriteLine($"latency   p50 {F("latency.p50_ms")} ms  p99 {F("latency.p99_ms")} ms");
    }
}
