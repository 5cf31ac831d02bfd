namespace LlmSafety.Api.Infrastructure.Narratives;

/// <summary>Bound from the <c>Narratives</c> configuration section.</summary>
public sealed class NarrativeOptions
{
    public const string Section = "Narratives";

    /// <summary>How many times an unsafe story is rewritten before the Api falls back to redaction.</summary>
    public int MaxRegenerations { get; set; } = 2;
}
