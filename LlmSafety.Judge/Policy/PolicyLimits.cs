namespace LlmSafety.Judge.Policy;

/// <summary>
/// How far a per-request policy may move away from the model's policy. A request may always tighten (lower a
/// threshold, raise a severity, forbid bare first names); it may loosen only down to these floors.
/// </summary>
public sealed record PolicyLimits
{
    /// <summary>A request may raise a category threshold by at most this much above the model's threshold.</summary>
    public double MaxThresholdIncrease { get; init; } = 0.1;

    /// <summary>No threshold, however requested, goes above this.</summary>
    public double ThresholdCeiling { get; init; } = 0.9;

    /// <summary>No threshold goes below this (a threshold of 0 would flag every text).</summary>
    public double ThresholdFloor { get; init; } = 0.01;

    public double MaxReviewBand { get; init; } = 0.4;

    /// <summary>The lowest severity a request may give each type; types not listed may go down to Low.</summary>
    public IReadOnlyDictionary<EntityType, Severity> SeverityFloors { get; init; } = new Dictionary<EntityType, Severity>
    {
        [EntityType.PersonName] = Severity.Medium,
        [EntityType.Address] = Severity.High,
        [EntityType.Phone] = Severity.High,
        [EntityType.Email] = Severity.High,
        [EntityType.DateOfBirth] = Severity.High,
        [EntityType.IdNumber] = Severity.High,
        [EntityType.Diagnosis] = Severity.Medium,
        [EntityType.Medication] = Severity.Medium,
    };

    /// <summary>Allowed names exempt at most this many words each, so a request cannot allow a full name.</summary>
    public int MaxWordsPerAllowedName { get; init; } = 1;

    public int MaxAllowedNames { get; init; } = 50;
}
