namespace LlmSafety.Web.Model;

/// <summary>The model the API is serving (<c>GET /v1/model</c>).</summary>
public sealed record ModelInfo(
    string Name,
    string Version,
    string? Alias,
    string Source,
    string? RunId,
    string? TrackingUri,
    Uri? MlflowRunUrl,
    IReadOnlyDictionary<string, double> Metrics,
    DateTimeOffset? TrainedAt,
    DateTimeOffset LoadedAt);
