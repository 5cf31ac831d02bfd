namespace LlmSafety.Narratives.Simulation.Text;

/// <summary>Everything a template needs to become a sentence: the voice, the subject and the story's fake values.</summary>
internal sealed record StoryContext(
    NarrativeVoice Voice,
    Pronouns Pronouns,
    string FirstName,
    IReadOnlyDictionary<string, string> Values);
