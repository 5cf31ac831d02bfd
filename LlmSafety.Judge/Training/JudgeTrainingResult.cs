using LlmSafety.Judge.Model;

namespace LlmSafety.Judge.Training;

/// <summary>A trained judge plus the facts of its training (sizes, chosen thresholds, calibration, timings).</summary>
public sealed record JudgeTrainingResult(JudgeModel Model, IReadOnlyDictionary<string, double> Facts);
