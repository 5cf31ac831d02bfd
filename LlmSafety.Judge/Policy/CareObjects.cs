using LlmSafety.Judge.Features;
using LlmSafety.Judge.Lexicons;
using LlmSafety.Judge.Scoring;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Policy;

/// <summary>
/// Parents name a child's device or medicine by what it does for the body rather than by its name: "the little button
/// on my tummy", "a thin tube in her nose", "two little speakers that sit behind my ears and help me hear", "the tube
/// that gives me my food at night", "the little spray I breathe in", "the tiny pen that pokes my tummy". No word of such
/// a phrase is on a health list, and the tagger learns only the phrasings it was trained on; these frames are fixed in
/// English, so they are read as rules. A care noun (tube, button, sensor, pump, patch, speakers, spray, pen, …) counts
/// only with a frame a few words after it in its sentence, and each noun only with the frames it takes:
/// <list type="bullet">
/// <item>worn on or in a body part after "my", "his", "her", "their" or "your" (not "a plaster on my arm", "my bag on my
/// back": plasters, bags, needles and masks are left out, as are hands, backs and heads);</item>
/// <item>"helps me hear", "to help him breathe" (the helped is one person, never "them"; "see" is glasses, routine);</item>
/// <item>"gives me my food", "I breathe in", "that pokes my tummy".</item>
/// </list>
/// A sentence about people in general ("Some kids have a tube in their tummy") is about nobody.
/// </summary>
internal static class CareObjects
{
    public const string Source = "rule:care-object";

    private const double Score = 0.9;

    // How far after the noun a frame may start: "speakers that sit behind", "button stuck on", "spray I breathe in".
    private const int MaxGap = 4;

    private static readonly string[] Worn = ["tube", "tubes", "button", "buttons", "sensor", "sensors", "monitor", "pump", "patch", "disc", "disk", "machine"];

    private static readonly string[] Hearing = ["speakers", "speaker", "helpers", "helper", "boosters", "booster", "processor"];

    private static readonly string[] Taken = ["spray", "puffer", "pen", "medicine", "pills", "tablets", "drops", "mask"];

    private static readonly string[] WornOn =
        ["nose", "tummy", "belly", "stomach", "arm", "chest", "leg", "legs", "throat", "neck", "skin", "hip", "eye", "ears", "ear"];

    private static readonly string[] Ears = ["ear", "ears"];

    private static readonly string[] People = ["helper", "helpers"];

    private static readonly string[] Places = ["in", "on", "behind", "into", "under", "through", "inside"];

    private static readonly string[] Owners = ["my", "his", "her", "their", "your"];

    private static readonly string[] Helped = ["me", "him", "her", "you"];

    private static readonly string[] HelpVerbs = ["help", "helps", "helped", "helping", "lets", "let"];

    private static readonly string[] Abilities = ["hear", "breathe", "walk", "swallow", "stand", "eat"];

    private static readonly string[] GiveVerbs = ["gives", "give", "gave", "giving", "puts", "sends"];

    private static readonly string[] Feeds = ["food", "milk", "feed", "feeds", "meals"];

    private static readonly string[] Breathers = ["i", "he", "she", "you"];

    private static readonly string[] Relatives = ["that", "which"];

    private static readonly string[] To = ["to"];

    private static readonly string[] Breathe = ["breathe", "breathes"];

    private static readonly string[] In = ["in"];

    private static readonly string[] The = ["the"];

    private static readonly string[] Sides = ["back", "side", "top", "front", "inside", "underside"];

    private static readonly string[] Of = ["of"];

    private static readonly string[] Modifiers =
    [
        "the", "a", "an", "my", "his", "her", "their", "your", "little", "small", "tiny", "thin", "long", "round", "special", "soft",
        "plastic", "two", "blue", "beige", "grey", "gray", "white", "pink", "black", "red", "green", "new", "spare",
    ];

    public static void Add(AnalyzedText analyzed, List<CandidateEntity> entities)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var sorted = new List<CandidateEntity>(entities);
        sorted.Sort((a, b) => a.Start.CompareTo(b.Start));
        var existing = new OrderedOverlaps(sorted);
        var (sentenceFirst, generic) = (0, false);
        for (var t = 0; t < tokens.Count; t++)
        {
            if (t == 0 || analyzed.SentenceStarts[t])
            {
                (sentenceFirst, generic) = (t, OpensGeneric(analyzed, t));
            }

            if (generic || tokens[t].Kind != TokenKind.Word)
            {
                continue;
            }

            var word = tokens[t].In(text);
            var worn = WordLists.Contains(Worn, word);
            var hearing = WordLists.Contains(Hearing, word);
            var taken = WordLists.Contains(Taken, word);
            if (!worn && !hearing && !taken)
            {
                continue;
            }

            var end = FrameEnd(analyzed, t, worn, hearing, taken);
            if (end < 0)
            {
                continue;
            }

            var first = t;
            while (first - 1 >= sentenceFirst && first > t - 4 && tokens[first - 1].Kind == TokenKind.Word
                && WordLists.Contains(Modifiers, tokens[first - 1].In(text)))
            {
                first--;
            }

            var (start, stop) = (tokens[first].Start, tokens[end].End);
            if (!existing.Any(start, stop))
            {
                entities.Add(new CandidateEntity(taken && word is not "mask" ? EntityType.Medication : EntityType.Device, start, stop, Score, Source));
            }

            t = end;
        }
    }

    /// <summary>The last token of the first frame after care noun <paramref name="noun"/>, or -1.</summary>
    private static int FrameEnd(AnalyzedText analyzed, int noun, bool worn, bool hearing, bool taken)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        for (var j = noun + 1; j <= noun + MaxGap && j < tokens.Count && !analyzed.SentenceStarts[j]; j++)
        {
            if (tokens[j].Kind != TokenKind.Word)
            {
                return -1;
            }

            var word = tokens[j].In(text);
            // "sensor on my arm", "speakers that sit behind my ears", "sensor on the back of her arm".
            if ((worn || hearing) && WordLists.Contains(Places, word))
            {
                var owner = Is(analyzed, j + 1, The) && Is(analyzed, j + 2, Sides) && Is(analyzed, j + 3, Of) ? j + 4 : j + 1;
                if (Is(analyzed, owner, Owners) && Is(analyzed, owner + 1, worn ? WornOn : Ears))
                {
                    return owner + 1;
                }
            }

            // "help me hear", "to help him breathe"; not a person ("my helper helps me eat").
            if (WordLists.Contains(HelpVerbs, word) && Is(analyzed, j + 1, Helped) && !WordLists.Contains(People, tokens[noun].In(text)))
            {
                var ability = Is(analyzed, j + 2, To) ? j + 3 : j + 2;
                if (Is(analyzed, ability, Abilities))
                {
                    return ability;
                }
            }

            // "the tube that gives me my food".
            if (WordLists.Contains(GiveVerbs, word) && Is(analyzed, j + 1, Helped) && Is(analyzed, j + 2, Owners) && Is(analyzed, j + 3, Feeds))
            {
                return j + 3;
            }

            // "the little spray I breathe in".
            if (taken && WordLists.Contains(Breathers, word) && Is(analyzed, j + 1, Breathe) && Is(analyzed, j + 2, In))
            {
                return j + 2;
            }

            // "the tiny pen that pokes my tummy".
            if (WordLists.Contains(Relatives, word) && Is(analyzed, j + 2, Owners) && Is(analyzed, j + 3, WornOn)
                && tokens[noun].In(text) is not ("mask" or "helper" or "helpers"))
            {
                return j + 3;
            }
        }

        return -1;
    }

    private static bool Is(AnalyzedText analyzed, int t, string[] words) =>
        t < analyzed.Tokens.Count && !analyzed.SentenceStarts[t] && analyzed.Tokens[t].Kind == TokenKind.Word
        && WordLists.Contains(words, analyzed.Tokens[t].In(analyzed.Text));

    /// <summary>"Some kids", "Many people": a sentence about people in general, in its first three tokens.</summary>
    private static bool OpensGeneric(AnalyzedText analyzed, int first)
    {
        for (var t = first; t < Math.Min(analyzed.Tokens.Count, first + 3); t++)
        {
            if ((analyzed.Lexicons[t] & LexiconKind.GenericCue) != 0)
            {
                return true;
            }
        }

        return false;
    }
}
