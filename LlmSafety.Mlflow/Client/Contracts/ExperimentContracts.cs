namespace LlmSafety.Mlflow.Client.Contracts;

public sealed record MlflowExperiment(
    string ExperimentId,
    string Name,
    string? ArtifactLocation,
    string? LifecycleStage,
    long? CreationTime,
    long? LastUpdateTime,
    IReadOnlyList<MlflowTag>? Tags);

internal sealed record CreateExperimentRequest(string Name, IReadOnlyList<MlflowTag>? Tags);

internal sealed record CreateExperimentResponse(string ExperimentId);

internal sealed record GetExperimentResponse(MlflowExperiment Experiment);
