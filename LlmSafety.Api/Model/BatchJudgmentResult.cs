using System.Diagnostics.CodeAnalysis;

namespace LlmSafety.Api.Model;

/// <summary>A judgment in a batch, carrying the caller's item id.</summary>
public sealed record BatchJudgmentResult : JudgmentResponse
{
    [SetsRequiredMembers]
    public BatchJudgmentResult(string? id, JudgmentResponse judgment)
        : base(judgment)
    {
        Id = id;
    }

    public string? Id { get; init; }
}
