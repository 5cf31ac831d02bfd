namespace LlmSafety.Mlflow.Client.Contracts;

public sealed record MlflowRunInfo(
    string RunId,
    string? RunUuid,
    string ExperimentId,
    string? RunName,
    string? UserId,
    string Status,
    long? StartTime,
    long? EndTime,
    string ArtifactUri,
    string? LifecycleStage);

public sealed record MlflowRunData(
    IReadOnlyList<MlflowMetric>? Metrics,
    IReadOnlyList<MlflowParam>? Params,
    IReadOnlyList<MlflowTag>? Tags);

public sealed record MlflowRunInputs(IReadOnlyList<MlflowDatasetInput>? DatasetInputs);

public sealed record MlflowRun(MlflowRunInfo Info, MlflowRunData? Data, MlflowRunInputs? Inputs);

/// <summary>The terminal states <c>runs/update</c> accepts, spelled as MLflow spells them.</summary>
public static class MlflowRunStatus
{
    public const string Running = "RUNNING";
    public const string Finished = "FINISHED";
    public const string Failed = "FAILED";
    public const string Killed = "KILLED";
}

internal sealed record CreateRunRequest(string ExperimentId, string? RunName, long StartTime, IReadOnlyList<MlflowTag>? Tags);

internal sealed record RunResponse(MlflowRun Run);

internal sealed record LogBatchRequest(
    string RunId,
    IReadOnlyList<MlflowMetric> Metrics,
    IReadOnlyList<MlflowParam> Params,
    IReadOnlyList<MlflowTag> Tags);

internal sealed record UpdateRunRequest(string RunId, string Status, long EndTime);

internal sealed record UpdateRunResponse(MlflowRunInfo RunInfo);

internal sealed record SearchRunsRequest(
    IReadOnlyList<string> ExperimentIds,
    string? Filter,
    int MaxResults,
    IReadOnlyList<string>? OrderBy,
    string? PageToken);

internal sealed record SearchRunsResponse(IReadOnlyList<MlflowRun>? Runs, string? NextPageToken);

internal sealed record MetricHistoryResponse(IReadOnlyList<MlflowMetric>? Metrics, string? NextPageToken);

internal sealed record LogOutputsRequest(string RunId, IReadOnlyList<ModelOutput> Models);

internal sealed record ModelOutput(string ModelId, long Step);
