using LlmSafety.Judge.Data;
using LlmSafety.Judge.Training;

namespace LlmSafety.Trainer.Training;

/// <summary>Everything that decides what one training run produces; every field is logged as a run parameter.</summary>
internal sealed record TrainingSettings(
    string OutputDirectory,
    int Count,
    int Seed,
    string? DataPath,
    JudgeTrainingOptions Options,
    HandwrittenData? Handwritten = null,
    HandwrittenData? HandwrittenValidation = null);

/// <summary>
/// Labelled handwritten stories for the training split (<c>--handwritten</c>), read and checked before any run is
/// opened; <see cref="Name"/> is the file or folder name the run logs (or "built-in" for the stories embedded in
/// LlmSafety.TrainingData, <see cref="BuiltIn"/>).
/// </summary>
internal sealed record HandwrittenData(string Name, IReadOnlyList<LabelledNarrative> Records, bool BuiltIn = false);
