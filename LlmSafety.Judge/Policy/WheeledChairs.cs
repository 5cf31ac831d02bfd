using LlmSafety.Judge.Features;
using LlmSafety.Judge.Lexicons;
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

    // Sports played in wheelchairs, named with the chair first: "wheelchair basketball", "wheelchair racing".
    private static readonly string[] ChairSports =
        ["basketball", "rugby", "tennis", "racing", "race", "races", "sport", "sports", "dance", "dancing", "fencing", "curling", "boccia", "football", "hockey"];

    /// <summary>
    /// "watch a wheelchair basketball game", "Wheelchair basketball is a sport played …", "The coach will bring sports
    /// wheelchairs": a wheelchair found alone as the first word of a sport's name right after watching it or the class
    /// trying it, or opening a sentence that says it is a sport, or plural chairs of a sport in a sentence with no one of
    /// the story, is the sport's, no one's device; never when someone owns it right before ("my sports wheelchairs").
    /// </summary>
    public static bool IsSportsChair(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var last = span.LastToken;
        var word = tokens[last].In(text);
        if (span.Type != EntityType.Device || !(word.Equals("wheelchair", StringComparison.OrdinalIgnoreCase) || word.Equals("wheelchairs", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var first = span.FirstToken;
        var sportAfter = last + 1 < tokens.Count && WordLists.Contains(ChairSports, tokens[last + 1].In(text));
        var sportsChairs = word.EndsWith('s') && last >= 1 && tokens[last - 1].In(text) is "sports" or "sport" or "racing";
        if (sportsChairs && first == last)
        {
            first--;
        }

        if ((!(sportAfter && first == last) && !(sportsChairs && first == last - 1)) || (first > 0 && (analyzed.Lexicons[first - 1] & LexiconKind.Possessive) != 0))
        {
            return false;
        }

        // The plural chairs of a sport are anyone's when no one of the story is in the sentence ("I use one of the racing
        // wheelchairs at the club" is mine). The sport's name is only when someone watches it or the class tries it right
        // before ("watch a wheelchair basketball game", "everyone will get to try wheelchair basketball"), or the sentence
        // says it is a sport ("Wheelchair basketball is a sport played …"): "Mum and Dad watch me play wheelchair
        // basketball", "I try my hardest at wheelchair racing" and "Kofi is doing the wheelchair race" tell of a child who
        // plays it from the chair.
        var (from, to) = analyzed.WindowInSentence(first, last, SentenceReach);
        if (sportsChairs)
        {
            return !Eyesight.AnyPerson(analyzed, from, to, pets: null);
        }

        if (analyzed.SentenceStarts[first] && last + 3 < tokens.Count && tokens[last + 2].In(text) is "is" or "was"
            && tokens[last + 3].In(text) is "a" or "played")
        {
            return true;
        }

        // The onlooker's verb within three words before the chair, only "a", "the", "to" or "some" between.
        for (var k = first - 1; k >= 0 && first - k <= 3 && !analyzed.SentenceStarts[k + 1]; k--)
        {
            var before = tokens[k].In(text);
            if (WordLists.Contains(Onlookers, before))
            {
                return before is not "try" || WordLists.AnyIn(text, tokens, from, k, Everyone);
            }

            if (before is not ("a" or "the" or "to" or "some"))
            {
                return false;
            }
        }

        return false;
    }

    private static readonly string[] Onlookers = ["watch", "watches", "watched", "watching", "cheer", "cheering", "try"];

    private static readonly string[] Everyone = ["everyone", "everybody", "class", "whole"];
}
