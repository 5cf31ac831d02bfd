namespace LlmSafety.Api.Model;

/// <summary>One text of a batch; <see cref="Id"/> is echoed back so callers can match results.</summary>
public sealed record BatchJudgmentItem
{
    public string? Id { get; init; }

    public string? Text { get; init; }

    public IReadOnlyList<string>? AllowedNames { get; init; }
}
