namespace LlmSafety.Web.Model;

/// <summary>The judge's overall decision about a text, as the API spells it ("safe", "review", "unsafe").</summary>
public enum Verdict
{
    Safe,
    Review,
    Unsafe,
}
