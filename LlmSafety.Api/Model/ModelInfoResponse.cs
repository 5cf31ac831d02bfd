namespace LlmSafety.Api.Model;

/// <summary>Body of <c>GET /v1/model</c>: the model serving judgments now.</summary>
public sealed record ModelInfoResponse(
    string Name,
    string Version,
    string Alias,
    ModelSource Source,
    string? RunId,
    string? TrackingUri,
    string? MlflowRunUrl,
    IReadOnlyDictionary<string, double> Metrics,
    DateTimeOffset? TrainedAt,
    DateTimeOffset LoadedAt);
