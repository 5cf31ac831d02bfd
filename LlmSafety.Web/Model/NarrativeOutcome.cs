namespace LlmSafety.Web.Model;

/// <summary>What the API did with the story after judging it.</summary>
public enum NarrativeOutcome
{
    None,
    Redacted,
    Regenerated,
    Blocked,
}
