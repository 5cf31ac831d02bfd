namespace LlmSafety.Api.Model;

/// <summary>A generated story, its judgment, and the version that is safe to show or share.</summary>
/// <param name="Narrative">The story as the LLM wrote it (its last attempt); null when blocked.</param>
/// <param name="Judgment">The judgment of <paramref name="Narrative"/>.</param>
/// <param name="SafeNarrative">The text to keep: the story itself when safe, otherwise redacted or regenerated; null when blocked.</param>
/// <param name="Attempts">How many times the LLM was asked.</param>
public sealed record NarrativeResponse(
    string? Narrative,
    JudgmentResponse Judgment,
    string? SafeNarrative,
    NarrativeAction Action,
    int Attempts,
    string Provider,
    ModelReference Model);
