namespace LlmSafety.Mlflow.Registry;

/// <summary>A run as either backend reports it: latest metric values, params, tags and dataset inputs.</summary>
public sealed record RunRecord(
    string RunId,
    string ExperimentId,
    string? RunName,
    string Status,
    DateTimeOffset? StartTime,
    DateTimeOffset? EndTime,
    IReadOnlyDictionary<string, string> Params,
    IReadOnlyDictionary<string, double> Metrics,
    IReadOnlyDictionary<string, string> Tags,
    IReadOnlyList<DatasetInputInfo> Datasets);
