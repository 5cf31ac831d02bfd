using LlmSafety.Judge.Features;
using LlmSafety.Judge.Scoring;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Policy;

/// <summary>
/// A helper told by what they teach for attention, with no word of therapy: "Every week she sees a helper who teaches her
/// tricks for paying attention", "a lady who shows me ways to focus". Someone a child sees to learn to pay attention is
/// care for a condition, a TREATMENT. It counts only with a helper the child sees or goes to ("sees a helper who", not a
/// teacher, a coach or "a man who"), a verb of teaching, the one person taught (a pronoun or a name; not "us"),
/// tricks, ways, skills or games, and attention or focus as the aim; or one who helps the child with worries or anger
/// at regular times ("On Mondays I talk to the lady who helps me when the worry feelings get too big"); not for people in general ("a
/// helper who teaches kids tricks for paying attention"), a character or a pet.
/// </summary>
internal static class FocusHelpers
{
    public const string Source = "rule:focus-helper";

    private const double Score = 0.8;

    // Not a teacher, a coach or "a man": "My football coach is a man who shows me tricks to focus on the ball".
    private static readonly string[] Helpers = ["helper", "lady", "someone", "grown-up"];

    // The child goes to the helper: "she sees a helper who", "I go to a lady who", "I work with someone who".
    private static readonly string[] Visiting = ["see", "sees", "saw", "seeing", "visit", "visits", "visited", "meet", "meets", "with", "to"];

    // How far before the helper word the going may stand: "Every week she sees a special helper who".
    private const int VisitReach = 4;

    private static readonly string[] Teaches = ["teaches", "taught", "teach", "shows", "showed", "show", "helps", "helped"];

    // Not "us": "Miss Patel shows us tips for focusing during tests" is a lesson for the class. "you" only as the one who
    // goes to the helper ("Every week you see a helper who teaches you tricks").
    private static readonly string[] Taught = ["me", "him", "her", "them", "you"];

    private static readonly string[] Tricks = ["tricks", "ways", "skills", "games", "tips"];

    // What the tricks are for: "for paying attention", "to focus", "for sitting still".
    private static readonly string[] Aims = ["attention", "focus", "focusing", "concentrate", "concentrating", "concentration"];

    // How far after "for" or "to" the aim may stand: "for paying attention", "to help him sit still".
    private const int AimReach = 4;

    public static void Add(AnalyzedText analyzed, List<CandidateEntity> entities, Pets? pets)
    {
        var text = analyzed.Text;
        if (!text.Contains("who", StringComparison.Ordinal))
        {
            return;
        }

        var tokens = analyzed.Tokens;
        List<CandidateEntity>? added = null;
        OrderedOverlaps? existing = null;
        for (var w = 1; w + 5 < tokens.Count; w++)
        {
            if (tokens[w].In(text) is not "who" || !WordLists.Contains(Helpers, tokens[w - 1].In(text)) || !WordLists.Contains(Teaches, tokens[w + 1].In(text))
                || !IsTaught(analyzed, w + 2) || !IsVisited(analyzed, w - 1))
            {
                continue;
            }

            var aim = -1;
            if (WordLists.Contains(Tricks, tokens[w + 3].In(text)) && tokens[w + 4].In(text) is "for" or "to")
            {
                aim = FindAim(analyzed, w + 5, Aims);
            }
            else if (tokens[w + 3].In(text) is "with" or "when" or "whenever" or "if" && IsRegular(analyzed, w))
            {
                // "On Mondays I talk to the lady who helps me when the worry feelings get too big", "Every week I see a lady
                // who helps me with my worries" (not "At the shop I talk to the lady who helps me when I am worried").
                aim = FindAim(analyzed, w + 4, Worries);
            }

            var first = w - 1 > 0 && tokens[w - 2].In(text) is "a" or "an" or "the" or "my" or "his" or "her" or "your" ? w - 2 : w - 1;
            if (aim < 0 || OthersCare.IsOthers(analyzed, first, aim, EntityType.Treatment, pets))
            {
                continue;
            }

            OrderedOverlaps.AddUnlessOverlapping(
                entities, ref existing, ref added, new CandidateEntity(EntityType.Treatment, tokens[first].Start, tokens[aim].End, Score, Source));
            w = aim;
        }

        if (added is not null)
        {
            entities.AddRange(added);
        }
    }

    // Feelings a helper helps with: "when the worry feelings get too big", "with my worries", "when I feel angry".
    private static readonly string[] Worries = ["worry", "worries", "worried", "anxious", "anxiety", "angry", "anger", "scared", "fears", "panic", "panicky"];

    // Words of regular sessions: "On Mondays", "every week", "each Thursday".
    private static readonly string[] Regularly =
        ["every", "each", "weekly", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays", "sessions", "session"];

    private const int RegularReach = 16;

    private static bool IsRegular(AnalyzedText analyzed, int t)
    {
        var (from, to) = analyzed.WindowInSentence(t, t, RegularReach);
        return WordLists.AnyIn(analyzed.Text, analyzed.Tokens, from, to, Regularly);
    }

    /// <summary>The first word of <paramref name="aims"/> from t on, within reach in its sentence; -1 for none.</summary>
    private static int FindAim(AnalyzedText analyzed, int from, string[] aims)
    {
        var tokens = analyzed.Tokens;
        for (var t = from; t < tokens.Count && t - from < AimReach && !analyzed.SentenceStarts[t] && tokens[t].Kind == TokenKind.Word; t++)
        {
            if (WordLists.Contains(aims, tokens[t].In(analyzed.Text)))
            {
                return t;
            }
        }

        return -1;
    }

    /// <summary>A verb of seeing or going to the helper a few words before it, in its sentence: "she sees a helper".</summary>
    private static bool IsVisited(AnalyzedText analyzed, int helper)
    {
        for (var t = helper - 1; t >= 0 && helper - t <= VisitReach && !analyzed.SentenceStarts[t + 1]; t--)
        {
            if (WordLists.Contains(Visiting, analyzed.Tokens[t].In(analyzed.Text)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTaught(AnalyzedText analyzed, int t) =>
        WordLists.Contains(Taught, analyzed.Tokens[t].In(analyzed.Text))
        || NameRules.IsGivenNameInSentence(analyzed, t);
}
