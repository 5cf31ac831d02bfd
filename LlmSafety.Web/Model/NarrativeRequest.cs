namespace LlmSafety.Web.Model;

/// <summary>The body of <c>POST /v1/narratives</c> and <c>POST /v1/narratives/stream</c>.</summary>
public sealed record NarrativeRequest(
    string Situation,
    string? SubjectName = null,
    int? Age = null,
    string? Skill = null,
    string? Details = null,
    NarrativeVoice? Voice = null,
    NarrativeLength? Length = null,
    NarrativeProvider? Provider = null,
    UnsafeNarrativeAction? OnUnsafe = null);
