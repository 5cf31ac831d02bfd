namespace LlmSafety.Narratives.Generation;

/// <summary>
/// What a caregiver asks for. Every field may carry personal data, so none of it is ever logged.
/// Voice is "first", "second" or "third"; Length is "short" (~120 words), "medium" (~220) or "long" (~350).
/// </summary>
public sealed record NarrativeRequest(
    string? SubjectName,
    int? Age,
    string Situation,
    string? Skill = null,
    string? Details = null,
    string? Voice = null,
    string? Length = null)
{
    public const int MaxSubjectNameLength = 80;
    public const int MaxSituationLength = 200;
    public const int MaxSkillLength = 200;
    public const int MaxDetailsLength = 2000;

    public static IReadOnlyList<string> Voices { get; } = ["first", "second", "third"];

    public static IReadOnlyList<string> Lengths { get; } = ["short", "medium", "long"];

    /// <summary>The words a story of this length aims for.</summary>
    public int TargetWords => (Length ?? "medium").ToLowerInvariant() switch
    {
        "short" => 120,
        "long" => 350,
        _ => 220,
    };

    /// <summary>
    /// Problems keyed by the camelCase field name, ready for an RFC 9457 validation problem; empty when valid.
    /// Messages name the rule, never the value.
    /// </summary>
    public IReadOnlyDictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(Situation))
        {
            errors["situation"] = ["The situation is required, e.g. \"going to the dentist\"."];
        }
        else if (Situation.Length > MaxSituationLength)
        {
            errors["situation"] = [$"The situation must be at most {MaxSituationLength} characters."];
        }

        if (SubjectName is { Length: > MaxSubjectNameLength })
        {
            errors["subjectName"] = [$"The name must be at most {MaxSubjectNameLength} characters."];
        }

        if (Age is < 2 or > 99)
        {
            errors["age"] = ["The age must be between 2 and 99."];
        }

        if (Skill is { Length: > MaxSkillLength })
        {
            errors["skill"] = [$"The skill must be at most {MaxSkillLength} characters."];
        }

        if (Details is { Length: > MaxDetailsLength })
        {
            errors["details"] = [$"The details must be at most {MaxDetailsLength} characters."];
        }

        if (Voice is not null && !Voices.Contains(Voice, StringComparer.OrdinalIgnoreCase))
        {
            errors["voice"] = ["The voice must be one of: first, second, third."];
        }

        if (Length is not null && !Lengths.Contains(Length, StringComparer.OrdinalIgnoreCase))
        {
            errors["length"] = ["The length must be one of: short, medium, long."];
        }

        return errors;
    }
}
