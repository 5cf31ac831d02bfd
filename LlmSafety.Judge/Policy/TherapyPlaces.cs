using LlmSafety.Judge.Features;
using LlmSafety.Judge.Scoring;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Policy;

/// <summary>
/// "This story was written with me by Mr. Oyelaran from Bright Steps Therapy Centre. He comes to my school on Mondays",
/// "I go to see Ms. Huang at Little Voices Therapy Centre": a person named right before "from" or "at" and a named
/// place of therapy is that place's therapist, a PROVIDER, wherever the story names them again. The place stays an
/// organisation. Hand-written sets 58 and 62 labelled both people so; a check-up at a family clinic ("Dr. Nwachukwu at
/// Lekki Family Clinic") is routine care and is not read here, since a clinic is no place of therapy, and neither is a
/// trust, a charity shop or a speech and drama academy.
/// </summary>
internal static class TherapyPlaces
{
    // Words of a place's name that make it a place of therapy: "Bright Steps Therapy Centre", "Talk Tree Speech Clinic".
    private static readonly string[] TherapyWords =
    [
        "therapy", "therapies", "therapists", "speech", "physio", "physiotherapy", "rehab", "rehabilitation", "audiology", "psychology", "counselling",
        "counseling", "occupational",
    ];

    // A place that names speech but teaches it: "Speech and Drama Academy".
    private static readonly string[] Performing = ["drama", "theatre", "theater", "debate", "debating", "elocution"];

    public static void Retype(AnalyzedText analyzed, List<CandidateEntity> entities)
    {
        HashSet<string>? therapists = null;
        for (var i = 1; i < entities.Count; i++)
        {
            var place = entities[i];
            if (place.Type != EntityType.Organization || !HasTherapyWord(analyzed, place))
            {
                continue;
            }

            // The person ends right before "from" or "at" (and "the") that opens the place.
            for (var p = i - 1; p >= 0 && p >= i - 3; p--)
            {
                var person = entities[p];
                if (person.Type == EntityType.PersonName && IsJoinedByFromOrAt(analyzed.Text, person.End, place.Start))
                {
                    (therapists ??= new HashSet<string>(StringComparer.Ordinal)).Add(analyzed.Text[person.Start..person.End]);
                    break;
                }
            }
        }

        if (therapists is null)
        {
            return;
        }

        for (var i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            if (entity.Type == EntityType.PersonName && therapists.Contains(analyzed.Text[entity.Start..entity.End]))
            {
                entities[i] = entity with { Type = EntityType.Provider };
            }
        }
    }

    private static bool HasTherapyWord(AnalyzedText analyzed, CandidateEntity place)
    {
        var tokens = analyzed.Tokens;
        var therapy = false;
        for (var t = AnalyzedText.TokenAt(tokens, place.Start); t >= 0 && t < tokens.Count && tokens[t].Start < place.End; t++)
        {
            if (WordLists.Contains(Performing, tokens[t].In(analyzed.Text)))
            {
                return false;
            }

            therapy |= WordLists.Contains(TherapyWords, tokens[t].In(analyzed.Text));
        }

        return therapy;
    }

    /// <summary>
    /// Between the person's end and the place's start only " from " or " at ", maybe "the ", and maybe one capitalised
    /// word the place's span left out ("at Little Voices Therapy Centre" read from "Voices").
    /// </summary>
    private static bool IsJoinedByFromOrAt(string text, int end, int start)
    {
        if (start <= end || start - end > MaxJoin)
        {
            return false;
        }

        var between = text.AsSpan(end, start - end).Trim();
        var space = between.LastIndexOf(' ');
        if (space > 0 && char.IsUpper(between[space + 1]) && !between[(space + 1)..].Contains(' '))
        {
            between = between[..space];
        }

        return between is "from" or "at" or "from the" or "at the";
    }

    private const int MaxJoin = 24;
}
