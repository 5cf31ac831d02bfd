namespace LlmSafety.Web.Model;

/// <summary>One registered version of the judge and why it was or was not promoted (<c>GET /v1/model/versions</c>).</summary>
public sealed record ModelVersionInfo(
    string Version,
    IReadOnlyList<string> Aliases,
    DateTimeOffset CreatedAt,
    string? RunId,
    PromotionDecision? Promotion,
    string? Reason,
    IReadOnlyDictionary<string, double> Metrics);
