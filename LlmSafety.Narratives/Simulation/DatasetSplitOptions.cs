namespace LlmSafety.Narratives.Simulation;

/// <summary>
/// Shares of scenario families and of templates (per template group: each identity/health entity type and each
/// hard-negative family) held out for validation and for test.
/// </summary>
public sealed record DatasetSplitOptions
{
    public double TestFamilyFraction { get; init; } = 0.15;

    public double ValidationFamilyFraction { get; init; } = 0.1;

    public double TestTemplateFraction { get; init; } = 0.1;

    public double ValidationTemplateFraction { get; init; } = 0.08;

    public static DatasetSplitOptions Default { get; } = new();
}
