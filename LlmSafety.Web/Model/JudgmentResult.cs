namespace LlmSafety.Web.Model;

/// <summary>The API's answer to "is this text safe to share?" (the body of <c>POST /v1/judgments</c>).</summary>
public sealed record JudgmentResult(
    Verdict Verdict,
    CategoryScore Identity,
    CategoryScore Health,
    IReadOnlyList<DetectedSpan> Entities,
    string RedactedText,
    IReadOnlyList<string> Reasons,
    ModelReference Model,
    bool Cached,
    double DurationMs);
