using LlmSafety.Judge.Features;
using LlmSafety.Judge.Scoring;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Policy;

/// <summary>
/// Parents name a child's device or medicine by what it does for the body rather than by its name: "the little button
/// on my tummy", "a thin tube in her nose", "two little speakers that sit behind my ears", "the tube that gives me my
/// food at night", "the little spray I breathe in", "the tiny pen that pokes my tummy". No word of such a phrase is on
/// a health list, and the tagger learns only the phrasings it was trained on; these frames are fixed in English, so
/// they are read as rules. A care noun counts only with a frame a few words after it in its sentence, and each noun
/// only with the frames and body parts it takes:
/// <list type="bullet">
/// <item>worn: a tube in the nose, tummy, chest, throat, neck, arm or ears; a button on the tummy or arm; a patch or
/// pump on the tummy; a sensor or monitor on the arm, tummy, chest, leg or hip ("on the back of her arm" too);
/// speakers, helpers or boosters behind the ears. Not "my belly button", "a badge patch on my arm", "the blood pressure machine on my arm" (a machine
/// is worn by no one), "a toy stethoscope tube", "speakers on my ears" (headphones) or "my helper whispers in my ear";</item>
/// <item>"helps me breathe", "to help him hear": a tube, machine, pump, spray, puffer or medicine, never a mask (a
/// firefighter's or a snorkel's), a speaker (a disco's) or a person;</item>
/// <item>"gives me my food" (a tube, pump or machine), "the spray I breathe in", "the pen that pokes my tummy" (poke,
/// prick, jab or go into only: not "the sun cream spray that keeps my skin safe").</item>
/// </list>
/// The body part must be someone's ("my", "his", "her", "your"): "Some kids have a tube in their tummy" is about nobody.
/// </summary>
internal static class CareObjects
{
    public const string Source = "rule:care-object";

    private const double Score = 0.9;

    // How far after the noun a frame may start: "speakers that sit behind", "button stuck on", "spray I breathe in".
    private const int MaxGap = 4;

    [Flags]
    private enum Frames
    {
        None = 0,
        Worn = 1,
        Helps = 2,
        Feeds = 4,
        BreathedIn = 8,
        Pokes = 16,
    }

    private static readonly string[] TubeParts = ["nose", "tummy", "belly", "stomach", "chest", "throat", "neck", "arm", "ear", "ears"];

    private static readonly string[] TummyParts = ["tummy", "belly", "stomach"];

    private static readonly string[] ButtonParts = ["tummy", "belly", "stomach", "arm"];

    private static readonly string[] SensorParts = ["arm", "tummy", "belly", "stomach", "chest", "leg", "legs", "hip"];

    private static readonly string[] Ears = ["ear", "ears"];

    private static readonly string[] Behind = ["behind"];

    private static readonly string[] Places = ["in", "on", "into", "under", "through", "inside"];

    private static readonly string[] PenParts = ["tummy", "belly", "stomach", "arm", "leg", "legs", "thigh"];

    private static readonly (string[] Words, EntityType Type, Frames Frames, string[]? Parts, string[] Places)[] Nouns =
    [
        (["tube", "tubes"], EntityType.Device, Frames.Worn | Frames.Helps | Frames.Feeds, TubeParts, Places),
        (["button", "buttons"], EntityType.Device, Frames.Worn | Frames.Feeds, ButtonParts, Places),
        (["patch"], EntityType.Device, Frames.Worn, TummyParts, Places),
        (["pump"], EntityType.Device, Frames.Worn | Frames.Helps | Frames.Feeds, TummyParts, Places),
        (["sensor", "sensors", "monitor"], EntityType.Device, Frames.Worn, SensorParts, Places),
        (["speakers", "helpers", "boosters"], EntityType.Device, Frames.Worn, Ears, Behind),
        (["machine"], EntityType.Device, Frames.Helps | Frames.Feeds, null, Places),
        (["spray", "puffer"], EntityType.Medication, Frames.Helps | Frames.BreathedIn, null, Places),
        (["medicine"], EntityType.Medication, Frames.Helps, null, Places),
        (["pen"], EntityType.Medication, Frames.Pokes, PenParts, Places),
    ];

    /// <summary>What a care noun is, which frames it takes and where on the body it is worn; -1 for any other word.</summary>
    private static int Describe(ReadOnlySpan<char> word)
    {
        for (var i = 0; i < Nouns.Length; i++)
        {
            if (WordLists.Contains(Nouns[i].Words, word))
            {
                return i;
            }
        }

        return -1;
    }

    // A word before the noun that makes it an everyday thing: "belly button", "badge patch", "toy stethoscope tube".
    private static readonly string[] EverydayKinds =
    [
        "belly", "badge", "toy", "pretend", "stethoscope", "toothpaste", "paint", "sun", "snorkel", "inner", "pool", "bike",
        "tyre", "tire", "blood", "pressure", "bubble", "glue", "face", "hair", "water",
    ];

    private static readonly string[] Owners = ["my", "his", "her", "your"];

    private static readonly string[] Helped = ["me", "him", "her", "you"];

    private static readonly string[] HelpVerbs = ["help", "helps", "helped", "helping", "lets", "let"];

    private static readonly string[] Abilities = ["hear", "breathe", "walk", "swallow", "stand", "eat"];

    private static readonly string[] GiveVerbs = ["gives", "give", "gave", "giving", "puts", "sends"];

    private static readonly string[] Food = ["food", "milk", "feed", "feeds", "meals"];

    private static readonly string[] Breathers = ["i", "he", "she", "you"];

    private static readonly string[] Relatives = ["that", "which"];

    private static readonly string[] PokeVerbs = ["pokes", "poke", "pricks", "prick", "jabs", "jab", "goes"];

    private static readonly string[] Into = ["in", "into"];

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
        List<CandidateEntity>? added = null;
        OrderedOverlaps? existing = null;
        var sentenceFirst = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            if (analyzed.SentenceStarts[t])
            {
                sentenceFirst = t;
            }

            if (tokens[t].Kind != TokenKind.Word)
            {
                continue;
            }

            var noun = Describe(tokens[t].In(text));
            if (noun < 0 || (t > sentenceFirst && WordLists.Contains(EverydayKinds, tokens[t - 1].In(text))))
            {
                continue;
            }

            var care = Nouns[noun];
            var end = FrameEnd(analyzed, t, care.Frames, care.Parts, care.Places);
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

            if (existing is null)
            {
                var sorted = new List<CandidateEntity>(entities);
                sorted.Sort((a, b) => a.Start.CompareTo(b.Start));
                existing = new OrderedOverlaps(sorted);
            }

            var (start, stop) = (tokens[first].Start, tokens[end].End);
            if (!existing.Any(start, stop))
            {
                (added ??= []).Add(new CandidateEntity(care.Type, start, stop, Score, Source));
            }

            t = end;
        }

        if (added is not null)
        {
            entities.AddRange(added);
        }
    }

    /// <summary>The last token of the first frame after care noun <paramref name="noun"/>, or -1.</summary>
    private static int FrameEnd(AnalyzedText analyzed, int noun, Frames frames, string[]? parts, string[] places)
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
            if ((frames & Frames.Worn) != 0 && parts is not null && WordLists.Contains(places, word))
            {
                var owner = Is(analyzed, j + 1, The) && Is(analyzed, j + 2, Sides) && Is(analyzed, j + 3, Of) ? j + 4 : j + 1;
                if (Is(analyzed, owner, Owners) && Is(analyzed, owner + 1, parts))
                {
                    return owner + 1;
                }
            }

            // "the machine that helps me breathe", "a tube to help him breathe".
            if ((frames & Frames.Helps) != 0 && WordLists.Contains(HelpVerbs, word) && Is(analyzed, j + 1, Helped))
            {
                var ability = Is(analyzed, j + 2, To) ? j + 3 : j + 2;
                if (Is(analyzed, ability, Abilities))
                {
                    return ability;
                }
            }

            // "the tube that gives me my food".
            if ((frames & Frames.Feeds) != 0 && WordLists.Contains(GiveVerbs, word) && Is(analyzed, j + 1, Helped)
                && Is(analyzed, j + 2, Owners) && Is(analyzed, j + 3, Food))
            {
                return j + 3;
            }

            // "the little spray I breathe in".
            if ((frames & Frames.BreathedIn) != 0 && WordLists.Contains(Breathers, word) && Is(analyzed, j + 1, Breathe) && Is(analyzed, j + 2, In))
            {
                return j + 2;
            }

            // "the tiny pen that pokes my tummy", "the pen that goes into her leg".
            if ((frames & Frames.Pokes) != 0 && parts is not null && WordLists.Contains(Relatives, word) && Is(analyzed, j + 1, PokeVerbs))
            {
                var owner = Is(analyzed, j + 2, Into) ? j + 3 : j + 2;
                if (Is(analyzed, owner, Owners) && Is(analyzed, owner + 1, parts))
                {
                    return owner + 1;
                }
            }
        }

        return -1;
    }

    private static bool Is(AnalyzedText analyzed, int t, string[] words) =>
        t < analyzed.Tokens.Count && !analyzed.SentenceStarts[t] && analyzed.Tokens[t].Kind == TokenKind.Word
        && WordLists.Contains(words, analyzed.Tokens[t].In(analyzed.Text));
}
