using LlmSafety.Judge;

namespace LlmSafety.Api.Model;

/// <summary>What the judge decided about one text, as the API returns it.</summary>
public record JudgmentResponse
{
    public required Verdict Verdict { get; init; }

    public required CategoryScore Identity { get; init; }

    public required CategoryScore Health { get; init; }

    public required IReadOnlyList<EntityResponse> Entities { get; init; }

    /// <summary>The request's text with every flagged entity replaced by its placeholder.</summary>
    public required string RedactedText { get; init; }

    public required IReadOnlyList<string> Reasons { get; init; }

    public required ModelReference Model { get; init; }

    /// <summary>True when the judgment came from the cache rather than a fresh evaluation.</summary>
    public required bool Cached { get; init; }

    public required double DurationMs { get; init; }
}
