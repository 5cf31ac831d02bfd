namespace LlmSafety.Api.Model;

/// <summary>Body of <c>POST /v1/judgments</c>. Properties are nullable so that missing fields reach validation and get a problem detail naming them.</summary>
public sealed record JudgmentRequest
{
    /// <summary>The text to judge, 1 to 100,000 characters.</summary>
    public string? Text { get; init; }

    /// <summary>Names the caller allows in the text, e.g. the child's first name or a fictional character.</summary>
    public IReadOnlyList<string>? AllowedNames { get; init; }

    public PolicyOverrides? Policy { get; init; }
}
