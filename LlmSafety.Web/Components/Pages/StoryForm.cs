using System.ComponentModel.DataAnnotations;
using LlmSafety.Web.Model;

namespace LlmSafety.Web.Components.Pages;

/// <summary>What the "Create a story" page asks for, validated with the API's own limits.</summary>
public sealed class StoryForm
{
    /// <summary>Situations caregivers ask for most; the field also takes any other situation typed in.</summary>
    public static IReadOnlyList<string> CommonSituations { get; } =
    [
        "Waiting my turn",
        "Going to the dentist",
        "Getting a haircut",
        "A fire drill at school",
        "Going to a birthday party",
        "Starting at a new school",
        "Losing a game",
        "Sharing toys",
        "A change in the daily routine",
        "Visiting the doctor",
    ];

    [StringLength(60, ErrorMessage = "Use a first name of at most 60 characters.")]
    public string? SubjectName { get; set; }

    [Range(2, 99, ErrorMessage = "Age must be between 2 and 99.")]
    public int? Age { get; set; }

    [Required(ErrorMessage = "Choose or type a situation.")]
    [StringLength(500, ErrorMessage = "Describe the situation in at most 500 characters.")]
    public string Situation { get; set; } = CommonSituations[0];

    [StringLength(500, ErrorMessage = "Describe the skill in at most 500 characters.")]
    public string? Skill { get; set; }

    [StringLength(4000, ErrorMessage = "Keep the details to at most 4,000 characters.")]
    public string? Details { get; set; }

    public NarrativeVoice Voice { get; set; } = NarrativeVoice.First;

    public NarrativeLength Length { get; set; } = NarrativeLength.Short;

    public NarrativeProvider Provider { get; set; } = NarrativeProvider.Simulated;

    public UnsafeNarrativeAction OnUnsafe { get; set; } = UnsafeNarrativeAction.Redact;

    public NarrativeRequest ToRequest() => new(
        Situation: Situation.Trim(),
        SubjectName: Blank(SubjectName),
        Age: Age,
        Skill: Blank(Skill),
        Details: Blank(Details),
        Voice: Voice,
        Length: Length,
        Provider: Provider,
        OnUnsafe: OnUnsafe);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
