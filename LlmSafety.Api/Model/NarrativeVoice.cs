namespace LlmSafety.Api.Model;

/// <summary>Grammatical person the story is told in ("I wait", "You wait", "Liam waits").</summary>
public enum NarrativeVoice
{
    First,
    Second,
    Third,
}
