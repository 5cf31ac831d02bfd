namespace LlmSafety.Mlflow.Registry;

/// <summary>
/// A registered version of the judge with what the dashboard and the champion policy need: its tags, aliases and
/// the metrics of the run that produced it (empty when that run is gone).
/// </summary>
public sealed record ModelVersionInfo(
    string ModelName,
    string Version,
    string Source,
    string? RunId,
    string? ModelId,
    DateTimeOffset? CreatedAt,
    IReadOnlyDictionary<string, string> Tags,
    IReadOnlyList<string> Aliases,
    IReadOnlyDictionary<string, double> RunMetrics);
