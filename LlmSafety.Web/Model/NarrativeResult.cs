namespace LlmSafety.Web.Model;

/// <summary>
/// A written and judged story. <see cref="Narrative"/> is the text as the LLM wrote it (null when blocked) and is
/// what the judgment's spans point into; <see cref="SafeNarrative"/> is the version fit to share.
/// </summary>
public sealed record NarrativeResult(
    string? Narrative,
    JudgmentResult Judgment,
    string? SafeNarrative,
    NarrativeOutcome Action,
    int Attempts,
    string Provider,
    ModelReference Model);
