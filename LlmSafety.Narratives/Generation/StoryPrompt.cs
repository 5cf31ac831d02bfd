using LlmSafety.Narratives.Simulation.Text;

namespace LlmSafety.Narratives.Generation;

/// <summary>A story request as the simulated LLM understood it from the chat messages.</summary>
internal sealed record StoryPrompt(
    string? SubjectName,
    string? Age,
    string Situation,
    string? Skill,
    string? Details,
    NarrativeVoice Voice,
    int TargetWords,
    bool Strict,
    bool UseEveryDetail);
