using System.Globalization;
using System.Text;
using LlmSafety.Api.Model;
using Microsoft.Extensions.AI;

namespace LlmSafety.Api.Infrastructure.Narratives;

/// <summary>Turns a caregiver's request into chat messages; the strict form is used when a story has to be rewritten.</summary>
public static class NarrativePrompt
{
    private const string Instructions =
        "You write social narratives (social stories) in the style of Carol Gray for children and adults with " +
        "disabilities, many on the autism spectrum. Use short, concrete, positive sentences, describe what happens " +
        "and what others may think or feel, and suggest what the reader can do. Return only the story text.";

    private const string PrivacyRules =
        " Never include a surname, full name, address, phone number, email, date of birth, ID number, or the name of " +
        "a school, clinic or team. Never mention a diagnosis, condition, disability, medication, therapy or treatment " +
        "of the reader or anyone else. Use at most a first name, or 'I' / 'you' / 'the child'.";

    public static IList<ChatMessage> For(GenerateNarrativeRequest request, bool strict)
    {
        ArgumentNullException.ThrowIfNull(request);
        var system = strict
            ? Instructions + PrivacyRules + " A previous draft disclosed personal or health information; this draft must not."
            : Instructions + " Do not repeat personal identifiers or health details from the request.";

        var user = new StringBuilder();
        user.Append(CultureInfo.InvariantCulture, $"Write a {Words(request.Length ?? NarrativeLength.Medium)} social story ");
        user.Append(CultureInfo.InvariantCulture, $"in the {Person(request.Voice ?? NarrativeVoice.First)} about: {request.Situation}.");
        if (!string.IsNullOrWhiteSpace(request.Skill))
        {
            user.Append(CultureInfo.InvariantCulture, $" The skill to practise: {request.Skill}.");
        }

        if (request.Age is { } age)
        {
            user.Append(CultureInfo.InvariantCulture, $" The reader is {age} years old.");
        }

        if (!string.IsNullOrWhiteSpace(request.SubjectName))
        {
            user.Append(CultureInfo.InvariantCulture, $" The reader is called {request.SubjectName}.");
        }

        if (!string.IsNullOrWhiteSpace(request.Details))
        {
            user.Append(CultureInfo.InvariantCulture, $" Details from the caregiver: {request.Details}");
        }

        return [new ChatMessage(ChatRole.System, system), new ChatMessage(ChatRole.User, user.ToString())];
    }

    private static string Words(NarrativeLength length) => length switch
    {
        NarrativeLength.Short => "short (80-150 words)",
        NarrativeLength.Long => "long (250-400 words)",
        _ => "medium-length (150-250 words)",
    };

    private static string Person(NarrativeVoice voice) => voice switch
    {
        NarrativeVoice.Second => "second person (\"you\")",
        NarrativeVoice.Third => "third person",
        _ => "first person (\"I\")",
    };
}
