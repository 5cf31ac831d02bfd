namespace LlmSafety.Narratives.Generation;

/// <summary>
/// The labelled lines of a story prompt. Real LLMs read them as plain instructions; the simulated LLM parses them,
/// so the builder and the parser share these strings.
/// </summary>
internal static class PromptLabels
{
    public const string Name = "Child's name:";
    public const string Age = "Age:";
    public const string Situation = "Situation:";
    public const string Skill = "Skill to practise:";
    public const string Details = "Details from the caregiver:";
    public const string Voice = "Voice:";
    public const string Length = "Length:";
    public const string StrictRules = "PRIVACY RULES (strict):";
    public const string UseEveryDetail = "Use every detail from the caregiver in the story.";
}
