namespace LlmSafety.Judge;

/// <summary>What the judge decided about one text. Offsets always refer to the caller's original string.</summary>
public sealed record Judgment
{
    public required Verdict Verdict { get; init; }
    public required CategoryResult Identity { get; init; }
    public required CategoryResult Health { get; init; }
    public required IReadOnlyList<DetectedEntity> Entities { get; init; }

    /// <summary>The text with every flagged entity replaced by a natural placeholder.</summary>
    public required string RedactedText { get; init; }

    /// <summary>Short machine-readable reasons for the verdict, e.g. "high-severity:PHONE" (never the text itself).</summary>
    public required IReadOnlyList<string> Reasons { get; init; }

    public required string ModelVersion { get; init; }
}

public enum Verdict
{
    Safe,
    Review,
    Unsafe,
}

public enum Category
{
    Identity,
    Health,
}

public enum Severity
{
    Low,
    Medium,
    High,
}

/// <summary>Calibrated document-level score for one category, the threshold it was compared with, and the flag.</summary>
public sealed record CategoryResult(double Score, bool Flagged, double Threshold);

/// <summary>One entity found in the text: [Start, End) into the original string.</summary>
public sealed record DetectedEntity(
    EntityType Type,
    Category Category,
    int Start,
    int End,
    double Score,
    Severity Severity,
    string Source);
