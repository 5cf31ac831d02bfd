namespace LlmSafety.Api.Model;

/// <summary>Body of <c>POST /v1/judgments/batch</c>: at most <see cref="MaxItems"/> texts judged with the model's default policy.</summary>
public sealed record BatchJudgmentRequest
{
    public const int MaxItems = 100;

    public IReadOnlyList<BatchJudgmentItem?>? Items { get; init; }
}
