using LlmSafety.Api.Model;
using LlmSafety.Narratives.Generation;
using Microsoft.Extensions.AI;

namespace LlmSafety.Api.Infrastructure.Narratives;

/// <summary>
/// Turns a caregiver's API request into chat messages with the shared <see cref="NarrativePromptBuilder"/>, so every
/// provider (and the offline simulated LLM, which reads the same labelled lines) sees one prompt format.
/// The strict form is used when a story has to be rewritten.
/// </summary>
public static class NarrativePrompt
{
    public static IList<ChatMessage> For(GenerateNarrativeRequest request, bool strict)
    {
        ArgumentNullException.ThrowIfNull(request);
        var narrative = new NarrativeRequest(
            request.SubjectName,
            request.Age,
            request.Situation ?? string.Empty,
            request.Skill,
            request.Details,
            request.Voice?.ToString().ToLowerInvariant(),
            request.Length?.ToString().ToLowerInvariant());
        return [.. NarrativePromptBuilder.Build(narrative, strict)];
    }
}
