namespace LlmSafety.Web.Model;

/// <summary>What the API does when the judge finds the written story unsafe.</summary>
public enum UnsafeNarrativeAction
{
    Redact,
    Regenerate,
    Block,
}
