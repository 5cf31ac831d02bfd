namespace LlmSafety.Mlflow.Client.Contracts;

public sealed record MlflowLoggedModelInfo(
    string ModelId,
    string ExperimentId,
    string? Name,
    long? CreationTimestampMs,
    long? LastUpdatedTimestampMs,
    string ArtifactUri,
    string Status,
    string? ModelType,
    string? SourceRunId,
    IReadOnlyList<MlflowTag>? Tags);

public sealed record MlflowLoggedModelData(IReadOnlyList<MlflowParam>? Params);

public sealed record MlflowLoggedModel(MlflowLoggedModelInfo Info, MlflowLoggedModelData? Data);

public static class MlflowLoggedModelStatus
{
    public const string Pending = "LOGGED_MODEL_PENDING";
    public const string Ready = "LOGGED_MODEL_READY";
    public const string Failed = "LOGGED_MODEL_UPLOAD_FAILED";
}

internal sealed record CreateLoggedModelRequest(
    string ExperimentId,
    string Name,
    string? ModelType,
    string? SourceRunId,
    IReadOnlyList<MlflowParam>? Params,
    IReadOnlyList<MlflowTag>? Tags);

internal sealed record FinalizeLoggedModelRequest(string ModelId, string Status);

internal sealed record LoggedModelResponse(MlflowLoggedModel Model);
