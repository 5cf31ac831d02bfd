using System.Globalization;
using System.Text;
using Microsoft.Extensions.AI;

namespace LlmSafety.Narratives.Generation;

/// <summary>
/// Turns a <see cref="NarrativeRequest"/> into the system and user messages sent to any <see cref="IChatClient"/>.
/// The user message is one labelled line per field; caregiver text is flattened to a single line so it cannot add
/// lines of its own. <c>strict</c> adds the privacy rules used when a story is regenerated after a flag.
/// </summary>
public static class NarrativePromptBuilder
{
    public const string SystemInstruction =
        "You write social narratives (social stories) for autistic children and other learners with disabilities. "
        + "Use short, concrete, positive sentences, describe what happens and what others may think or feel, and suggest "
        + "one or two calm things the child can do. Write only the story text: no title, no headings, no lists, no notes.";

    public const string StrictInstruction =
        PromptLabels.StrictRules + " Refer to the child by first name only, or not at all. Never include surnames, "
        + "addresses, phone numbers, e-mail addresses, dates of birth, ID numbers, or the names of schools, clinics, "
        + "teams or doctors. Never mention diagnoses, conditions, disabilities, medications, therapies, procedures, "
        + "test results, hospital stays or medical devices, even if the caregiver's details contain them.";

    public static IReadOnlyList<ChatMessage> Build(NarrativeRequest request, bool strict = false, bool useEveryDetail = false)
    {
        ArgumentNullException.ThrowIfNull(request);
        var system = strict ? $"{SystemInstruction}\n{StrictInstruction}" : SystemInstruction;

        var user = new StringBuilder("Write a social story.\n");
        AppendLine(user, PromptLabels.Name, request.SubjectName);
        AppendLine(user, PromptLabels.Age, request.Age?.ToString(CultureInfo.InvariantCulture));
        AppendLine(user, PromptLabels.Situation, request.Situation);
        AppendLine(user, PromptLabels.Skill, request.Skill);
        AppendLine(user, PromptLabels.Details, request.Details);
        AppendLine(user, PromptLabels.Voice, VoiceDescription(request.Voice));
        AppendLine(user, PromptLabels.Length, string.Create(CultureInfo.InvariantCulture, $"about {request.TargetWords} words"));
        if (useEveryDetail && !strict)
        {
            user.Append(PromptLabels.UseEveryDetail).Append('\n');
        }

        return [new ChatMessage(ChatRole.System, system), new ChatMessage(ChatRole.User, user.ToString().TrimEnd())];
    }

    private static string VoiceDescription(string? voice) => (voice ?? "first").ToLowerInvariant() switch
    {
        "second" => "second person (\"you\")",
        "third" => "third person (he/she/they and the child's first name)",
        _ => "first person (\"I\")",
    };

    private static void AppendLine(StringBuilder builder, string label, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        var singleLine = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        builder.Append(label).Append(' ').Append(singleLine).Append('\n');
    }
}
