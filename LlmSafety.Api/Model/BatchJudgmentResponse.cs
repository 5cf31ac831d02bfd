namespace LlmSafety.Api.Model;

/// <summary>Results in the order of the request's items.</summary>
public sealed record BatchJudgmentResponse(IReadOnlyList<BatchJudgmentResult> Results);
