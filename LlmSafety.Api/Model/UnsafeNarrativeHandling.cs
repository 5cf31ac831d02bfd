namespace LlmSafety.Api.Model;

/// <summary>What to do when the judge does not find a generated story safe.</summary>
public enum UnsafeNarrativeHandling
{
    /// <summary>Return the judge's redacted text as the safe narrative.</summary>
    Redact,

    /// <summary>Ask the LLM again with a stricter instruction (bounded attempts), then redact if still not safe.</summary>
    Regenerate,

    /// <summary>Return no narrative at all.</summary>
    Block,
}
