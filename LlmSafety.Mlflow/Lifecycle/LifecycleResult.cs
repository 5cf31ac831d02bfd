namespace LlmSafety.Mlflow.Lifecycle;

public sealed record LifecycleResult(string RunId, string Version, string? ModelId, PromotionDecision Decision, string? PreviousChampionVersion);
