namespace LlmSafety.Api.Model;

/// <summary>Body of <c>POST /v1/narratives</c> and <c>POST /v1/narratives/stream</c>.</summary>
public sealed record GenerateNarrativeRequest
{
    public const int MinAge = 2;
    public const int MaxAge = 99;
    public const int MaxFieldLength = 2_000;

    public string? SubjectName { get; init; }

    /// <summary>Age of the reader, 2 to 99.</summary>
    public int? Age { get; init; }

    /// <summary>The situation the story prepares for, e.g. "a visit to the dentist". Required.</summary>
    public string? Situation { get; init; }

    /// <summary>The social skill to practise, e.g. "waiting my turn".</summary>
    public string? Skill { get; init; }

    /// <summary>Free-form details from the caregiver.</summary>
    public string? Details { get; init; }

    public NarrativeVoice? Voice { get; init; }

    public NarrativeLength? Length { get; init; }

    /// <summary><c>simulated</c> (default), <c>gemini</c>, <c>openai</c> or <c>ollama</c>.</summary>
    public string? Provider { get; init; }

    public UnsafeNarrativeHandling? OnUnsafe { get; init; }
}
