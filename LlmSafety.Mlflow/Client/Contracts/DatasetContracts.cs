namespace LlmSafety.Mlflow.Client.Contracts;

/// <summary>A dataset reference logged as a run input; schema and profile are JSON strings by MLflow's convention.</summary>
public sealed record MlflowDataset(
    string Name,
    string Digest,
    string SourceType,
    string Source,
    string? Schema,
    string? Profile);

/// <summary>A dataset used by a run, with input tags such as <c>mlflow.data.context</c> = train/validation/test.</summary>
public sealed record MlflowDatasetInput(IReadOnlyList<MlflowTag>? Tags, MlflowDataset Dataset);

internal sealed record LogInputsRequest(string RunId, IReadOnlyList<MlflowDatasetInput> Datasets);
