namespace LlmSafety.Api.Model;

/// <summary>What the API did to the generated story before returning it.</summary>
public enum NarrativeAction
{
    None,
    Redacted,
    Regenerated,
    Blocked,
}
