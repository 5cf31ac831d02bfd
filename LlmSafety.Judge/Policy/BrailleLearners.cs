using LlmSafety.Judge.Features;
using LlmSafety.Judge.Scoring;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Policy;

/// <summary>
/// Someone who learns, reads or writes braille is blind or cannot see well: "After braille lessons, I often feel tired",
/// "Amara reads her books in braille", "my braille machine". A TREATMENT when the sentence has a person of its own and
/// the braille is learnt, read, written or used (lessons, a teacher, books, a machine); not braille on a lift's buttons,
/// a sign or a menu (a public place's), nor "Louis Braille", nor people in general.
/// </summary>
internal static class BrailleLearners
{
    public const string Source = "rule:braille";

    private const double Score = 0.8;

    // What braille names when someone learns it: "braille lessons", "my braille machine".
    private static readonly string[] Things =
        ["lessons", "lesson", "classes", "class", "teacher", "books", "book", "machine", "writer", "reader", "display", "keyboard", "labels", "notes", "homework"];

    // Learning, reading and writing it: "reads braille", "is learning braille", "reads her books in braille".
    private static readonly string[] Uses =
        ["read", "reads", "reading", "learn", "learns", "learning", "learnt", "learned", "write", "writes", "writing", "type", "types", "typing", "in"];

    // Braille of a public place: "the braille on the lift buttons", "a sign in braille".
    private static readonly string[] PublicThings =
        ["lift", "elevator", "buttons", "button", "sign", "signs", "menu", "menus", "door", "doors", "toilet", "toilets", "museum", "bank", "money", "coins", "packet", "box", "fair"];

    // Someone else's braille: "My friend showed me her braille book".
    private static readonly string[] OtherPeople = ["friend", "friends", "classmate", "classmates", "cousin", "neighbour", "neighbor", "teacher", "someone", "people"];

    // Not "you" or "your": "You can read braille by touching raised dots" is a lesson.
    private static readonly string[] Persons = ["i", "my", "me", "he", "she", "his", "her", "him"];

    private const int SentenceWindow = 16;

    public static void Add(AnalyzedText analyzed, List<CandidateEntity> entities, Pets? pets)
    {
        var text = analyzed.Text;
        if (!text.Contains("braille", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var tokens = analyzed.Tokens;
        List<CandidateEntity>? added = null;
        OrderedOverlaps? existing = null;
        for (var t = 0; t < tokens.Count; t++)
        {
            if (!tokens[t].In(text).Equals("braille", StringComparison.OrdinalIgnoreCase) || (t > 0 && tokens[t - 1].In(text) is "Louis"))
            {
                continue;
            }

            var thing = t + 1 < tokens.Count && WordLists.Contains(Things, tokens[t + 1].In(text));
            var used = t > 0 && WordLists.Contains(Uses, tokens[t - 1].In(text));
            var (from, to) = analyzed.WindowInSentence(t, t, SentenceWindow);
            if (!(thing || used) || WordLists.AnyIn(text, tokens, from, to, PublicThings) || WordLists.AnyIn(text, tokens, from, to, OtherPeople) || !HasPerson(analyzed, from, to)
                || OthersCare.IsOthers(analyzed, t, t, EntityType.Treatment, pets))
            {
                continue;
            }

            var last = thing ? t + 1 : t;
            OrderedOverlaps.AddUnlessOverlapping(entities, ref existing, ref added, new CandidateEntity(EntityType.Treatment, tokens[t].Start, tokens[last].End, Score, Source));
            t = last;
        }

        if (added is not null)
        {
            entities.AddRange(added);
        }
    }

    private static bool HasPerson(AnalyzedText analyzed, int from, int to)
    {
        for (var t = from; t <= to; t++)
        {
            if (WordLists.Contains(Persons, analyzed.Tokens[t].In(analyzed.Text))
                || NameRules.IsGivenNameInSentence(analyzed, t))
            {
                return true;
            }
        }

        return false;
    }
}
