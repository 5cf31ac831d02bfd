using LlmSafety.Judge.Training;

namespace LlmSafety.Trainer.Training;

/// <summary>Everything that decides what one training run produces; every field is logged as a run parameter.</summary>
internal sealed record TrainingSettings(
    string OutputDirectory,
    int Count,
    int Seed,
    string? DataPath,
    JudgeTrainingOptions Options,
    string? HandwrittenPath = null);
