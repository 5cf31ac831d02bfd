using LlmSafety.Judge.Features;
using LlmSafety.Judge.Scoring;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Policy;

/// <summary>
/// A wheelchair told by what it is: "the chair with big wheels he has used since he was small", "her chair with wheels
/// that she pushes herself". A chair "with" wheels is a DEVICE when the wheels are big or the sentence tells someone
/// using, pushing or sitting in it, and a person is in the sentence; not an office or desk chair, a toy's, a pet's, a
/// character's or people's in general. The phrase is fixed in English, so it is a rule (seed 28461 held it out of
/// training, and the tagger did not see it).
/// </summary>
internal static class WheeledChairs
{
    public const string Source = "rule:wheeled-chair";

    private const double Score = 0.8;

    private static readonly string[] Sizes = ["big", "large", "two", "small", "little", "black", "silver"];

    private static readonly string[] Big = ["big", "large"];

    // What tells a child's use of the chair: "he has used since he was small", "she pushes", "I sit in".
    private static readonly string[] Uses = ["use", "uses", "used", "using", "push", "pushes", "pushed", "sit", "sits", "sat", "rolls", "roll", "ride", "rides"];

    // Chairs that have wheels for everyone: "the office chair with wheels", "the spinning desk chair with wheels".
    private static readonly string[] EverydayChairs = ["office", "desk", "swivel", "spinning", "computer", "teacher's", "gaming", "high", "toy", "doll's", "dolls"];

    private static readonly string[] Openers = ["a", "the", "my", "his", "her", "your", "their"];

    private const int SentenceReach = 16;

    public static void Add(AnalyzedText analyzed, List<CandidateEntity> entities, Pets? pets)
    {
        var text = analyzed.Text;
        if (!text.Contains("wheels", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var tokens = analyzed.Tokens;
        OrderedOverlaps? existing = null;
        List<CandidateEntity>? added = null;
        for (var t = 1; t + 2 < tokens.Count; t++)
        {
            if (tokens[t].In(text) is not "chair" || tokens[t + 1].In(text) is not "with")
            {
                continue;
            }

            var wheels = tokens[t + 2].In(text) is "wheels" ? t + 2
                : t + 3 < tokens.Count && WordLists.Contains(Sizes, tokens[t + 2].In(text)) && tokens[t + 3].In(text) is "wheels" ? t + 3
                : -1;
            if (wheels < 0)
            {
                continue;
            }

            var first = WordLists.Contains(Openers, tokens[t - 1].In(text)) ? t - 1 : t;
            var (from, to) = analyzed.WindowInSentence(first, wheels, SentenceReach);
            var span = new TaggedSpan(EntityType.Device, first, wheels, 1, 1);
            if (!(WordLists.Contains(Big, tokens[wheels - 1].In(text)) || WordLists.AnyIn(text, tokens, from, to, Uses)) || !Eyesight.AnyPerson(analyzed, from, to, pets)
                || WordLists.AnyIn(text, tokens, Math.Max(from, t - 2), t - 1, EverydayChairs) || OthersCare.IsOthers(analyzed, first, wheels, EntityType.Device, pets))
            {
                continue;
            }

            OrderedOverlaps.AddUnlessOverlapping(entities, ref existing, ref added, new CandidateEntity(EntityType.Device, tokens[first].Start, tokens[wheels].End, Score, Source));
            t = wheels;
        }

        if (added is not null)
        {
            entities.AddRange(added);
        }
    }
}
