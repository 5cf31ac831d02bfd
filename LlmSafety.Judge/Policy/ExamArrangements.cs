using LlmSafety.Judge.Features;
using LlmSafety.Judge.Scoring;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Policy;

/// <summary>
/// An exam access arrangement a child is given: "I also get 25% extra time, so my exam finishes later", "In tests she
/// has extra time". A school grants extra time in exams for a diagnosed need (dyslexia, ADHD, a condition that slows
/// writing), so a child's own extra time is a TREATMENT, as a reader or a scribe is; set 80 told a child's dyslexia
/// by it and by what the letters do. Counted only with an exam or a test in its sentence or the one before, a person of
/// the story getting it ("I get", "she has", "Tom is allowed"), and no match or game: the extra time of football is
/// sport, and "students who need it get extra time" is anyone's.
/// </summary>
internal static class ExamArrangements
{
    public const string Source = "rule:exam-arrangement";

    private const double Score = 0.75;

    private static readonly string[] Extra = ["extra", "additional"];

    private static readonly string[] Exams =
        ["exam", "exams", "examination", "examinations", "test", "tests", "sats", "gcse", "gcses", "quiz", "paper", "papers", "assessment", "assessments", "invigilator"];

    // How the child comes to have it: "I get", "she has", "he is allowed", "I am given".
    private static readonly string[] Gets = ["get", "gets", "getting", "got", "have", "has", "had", "allowed", "given", "receive", "receives", "use", "uses"];

    // The extra time of a match: "the game went to extra time", "penalties after extra time".
    private static readonly string[] Sport =
        ["match", "game", "games", "football", "soccer", "hockey", "rugby", "basketball", "referee", "penalties", "penalty", "goal", "goals", "whistle", "half", "team", "score", "scored"];

    // Of pupils in general: "students who need it get extra time", "everyone gets extra time after the fire drill". (Not
    // "someone" nor "the others": "extra time and someone to read the questions to him", "writing when the others go out".)
    private static readonly string[] Anyone = ["students", "pupils", "children", "kids", "everyone", "everybody", "anyone", "candidates", "class", "people"];

    private const int SentenceWindow = 20;

    public static void Add(AnalyzedText analyzed, List<CandidateEntity> entities, Pets? pets)
    {
        var text = analyzed.Text;
        if (!text.Contains(" time", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var tokens = analyzed.Tokens;
        OrderedOverlaps? existing = null;
        List<CandidateEntity>? added = null;
        for (var t = 1; t < tokens.Count; t++)
        {
            if (tokens[t].In(text) is not "time" || !WordLists.Contains(Extra, tokens[t - 1].In(text)))
            {
                continue;
            }

            // "25% extra time", "25 per cent extra time".
            var first = t - 1;
            if (first >= 2 && tokens[first - 1].In(text) is "%" && tokens[first - 2].Kind == TokenKind.Number)
            {
                first -= 2;
            }
            else if (first >= 3 && tokens[first - 1].In(text) is "cent" && tokens[first - 2].In(text) is "per" && tokens[first - 3].Kind == TokenKind.Number)
            {
                first -= 3;
            }

            var (from, to) = analyzed.WindowInSentence(first, t, SentenceWindow);
            var before = analyzed.SentenceStartBefore(from, SentenceWindow);
            var examFrom = before >= 0 ? before : from;
            if (!WordLists.AnyIn(text, tokens, examFrom, to, Exams) || !WordLists.AnyIn(text, tokens, from, first, Gets) || !Eyesight.AnyPerson(analyzed, from, first, pets)
                || WordLists.AnyIn(text, tokens, examFrom, to, Sport) || WordLists.AnyIn(text, tokens, from, to, Anyone)
                || Eyesight.IsSomeoneElses(analyzed, new TaggedSpan(EntityType.Treatment, first, t, 1, 1), pets)
                || MakeBelieve.IsInFictionFrame(analyzed, new TaggedSpan(EntityType.Treatment, first, first, 1, 1)))
            {
                continue;
            }

            OrderedOverlaps.AddUnlessOverlapping(entities, ref existing, ref added, new CandidateEntity(EntityType.Treatment, tokens[first].Start, tokens[t].End, Score, Source));
        }

        if (added is not null)
        {
            entities.AddRange(added);
        }
    }
}
