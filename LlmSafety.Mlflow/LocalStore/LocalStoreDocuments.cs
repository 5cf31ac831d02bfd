using LlmSafety.Mlflow.Registry;

namespace LlmSafety.Mlflow.LocalStore;

/// <summary>A metric point kept in <c>run.json</c>, so the local store has history like MLflow.</summary>
internal sealed record LocalMetricPoint(string Key, double Value, long Timestamp, long Step);

/// <summary>The <c>runs/&lt;run_id&gt;/run.json</c> document.</summary>
internal sealed record LocalRunDocument(
    string RunId,
    string ExperimentName,
    string? RunName,
    string Status,
    DateTimeOffset StartTime,
    DateTimeOffset? EndTime,
    Dictionary<string, string> Params,
    List<LocalMetricPoint> Metrics,
    Dictionary<string, string> Tags,
    List<DatasetInputInfo> Datasets);

/// <summary>The <c>models/&lt;name&gt;/versions/&lt;n&gt;/version.json</c> document.</summary>
internal sealed record LocalVersionDocument(
    string Version,
    string? RunId,
    string ModelId,
    DateTimeOffset CreatedAt,
    string? Description,
    Dictionary<string, string> Tags);
