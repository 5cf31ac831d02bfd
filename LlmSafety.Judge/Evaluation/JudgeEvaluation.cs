namespace LlmSafety.Judge.Evaluation;

/// <summary>Everything measured about one judge on one labelled dataset.</summary>
public sealed record JudgeEvaluation
{
    public required string Name { get; init; }
    public required string ModelVersion { get; init; }
    public required int Records { get; init; }
    public required BinaryMetrics Identity { get; init; }
    public required BinaryMetrics Health { get; init; }

    /// <summary>Span scores per entity-type label plus "ALL", exact offsets.</summary>
    public required IReadOnlyDictionary<string, SpanScore> SpansExact { get; init; }

    /// <summary>Span scores per entity-type label plus "ALL", any overlap with a gold span of the same type.</summary>
    public required IReadOnlyDictionary<string, SpanScore> SpansOverlap { get; init; }

    public required IReadOnlyDictionary<string, HardNegativeResult> HardNegatives { get; init; }
    public required IReadOnlyDictionary<string, int> Verdicts { get; init; }
    public required LatencySummary Latency { get; init; }
}

/// <summary>Records of one hard-negative family and how many of them raised a flag the labels do not support.</summary>
public sealed record HardNegativeResult(int Records, int FalsePositives)
{
    public double FalsePositiveRate => Records == 0 ? 0 : (double)FalsePositives / Records;
}

public sealed record LatencySummary(double P50Ms, double P99Ms, double MeanMs, double MeanCharacters);
