namespace LlmSafety.Judge;

/// <summary>
/// The decision policy: data, saved with the model and overridable per request within limits.
/// (Skeleton: the judge implementation owns the defaults, limits and merge rules.)
/// </summary>
public sealed record JudgePolicy
{
    /// <summary>Names the caller allows in the text (e.g. the child's first name, a fictional character).</summary>
    public IReadOnlyList<string> AllowedNames { get; init; } = [];

    /// <summary>The default policy allows a bare first name ("Liam") but never a full name or a surname.</summary>
    public bool AllowBareFirstNames { get; init; } = true;

    public double IdentityThreshold { get; init; } = 0.5;

    public double HealthThreshold { get; init; } = 0.5;

    public IReadOnlyDictionary<EntityType, Severity> Severities { get; init; } = new Dictionary<EntityType, Severity>();

    /// <summary>
    /// Width of the uncertain band below each threshold: a score in [max(threshold - band, threshold / 2), threshold)
    /// makes the verdict at least <see cref="Verdict.Review"/>.
    /// </summary>
    public double ReviewBand { get; init; } = 0.15;
}
