namespace LlmSafety.Api.Model;

/// <summary>One registered version of the judge model, as listed by <c>GET /v1/model/versions</c>.</summary>
public sealed record ModelVersionResponse(
    string Version,
    IReadOnlyList<string> Aliases,
    DateTimeOffset CreatedAt,
    string? RunId,
    PromotionOutcome Promotion,
    string? Reason,
    IReadOnlyDictionary<string, double> Metrics);
