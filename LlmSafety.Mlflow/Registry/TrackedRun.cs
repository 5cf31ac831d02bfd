namespace LlmSafety.Mlflow.Registry;

public sealed record TrackedRun(string RunId, string ExperimentId, string? RunName);
