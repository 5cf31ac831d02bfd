namespace LlmSafety.Narratives.Generation;

/// <summary>A fake fact put in the prompt: the sentence the caregiver writes and the value to find in the story.</summary>
internal sealed record InjectedFact(string Value, string Label, string Sentence);
