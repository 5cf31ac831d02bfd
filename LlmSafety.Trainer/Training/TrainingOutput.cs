using LlmSafety.Judge.Evaluation;
using LlmSafety.Mlflow.Registry;

namespace LlmSafety.Trainer.Training;

/// <summary>What a finished training leaves on disk, and the numbers that describe it.</summary>
internal sealed record TrainingOutput(
    EvaluationReport Report,
    string ModelFile,
    string PolicyFile,
    string ReportJsonFile,
    IReadOnlyList<string> ReportFiles,
    string DataFolder,
    IReadOnlyDictionary<string, string> Parameters,
    IReadOnlyDictionary<string, double> Metrics,
    IReadOnlyList<DatasetInputInfo> Datasets);
