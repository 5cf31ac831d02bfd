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
/// <item>worn: a tube in the nose, tummy, chest, throat, neck, arm or ears; a button on the tummy or arm; a sensor,
/// monitor, pump, patch or disc on the arm, tummy, chest, leg or hip ("on the back of her arm", "on her left arm" too),
/// a patch over an eye ("over her strong eye"; not a pirate's); speakers, helpers,
/// boosters, machines or a processor behind the ears. Not "my helper whispers in my ear" or "speakers on my ears" (headphones);</item>
/// <item>"helps me breathe", "to help him hear": a tube, machine, mask, pump, spray, puffer or medicine, never a person
/// or a speaker (a disco's);</item>
/// <item>"gives me my food", "the spray I breathe in", "the pen that pokes my tummy" (poke, prick, jab or go into only:
/// not "the sun cream spray that keeps my skin safe");</item>
/// <item>"the special shoes that help my legs grow straight", "splints that keep his ankles straight": splints, insoles
/// or braces that straighten a leg, foot or back (and splints or braces that "help me walk"), and shoes or boots that
/// do so with a word of care before them ("special", "orthopaedic"); not "good shoes keep your back straight", football
/// boots or braces on teeth.</item>
/// </list>
/// A kind word just before the noun makes it an everyday thing ("belly button", "badge patch", "the stethoscope's
/// tubes", "the tube of sun cream"), and so does a scene of costumes, toys, snorkels, firefighters, the beach, snow or a
/// pet near the frame in its sentence ("our cat has a little machine that gives him his food"). The body part must be
/// someone's: "their" of people in general is nobody's ("Some kids have a tube in their tummy"), "their" of named
/// children is theirs ("Ava and Leo both have a button on their tummy").
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
        Straightens = 32,
        Tells = 64,
        Alarms = 128,
        Fixes = 256,
    }

    private static readonly string[] TubeParts = ["nose", "tummy", "belly", "stomach", "chest", "throat", "neck", "arm", "ear", "ears"];

    private static readonly string[] ButtonParts = ["tummy", "belly", "stomach", "arm"];

    private static readonly string[] SensorParts = ["arm", "tummy", "belly", "stomach", "chest", "leg", "legs", "hip"];

    // A patch is worn where a sensor is, or over an eye: "a sticky patch over her strong eye".
    private static readonly string[] PatchParts = ["arm", "tummy", "belly", "stomach", "chest", "leg", "legs", "hip", "eye"];

    private static readonly string[] PatchPlaces = ["in", "on", "into", "under", "through", "inside", "over"];

    // A word for which one of two body parts: "on her left arm", "over his good eye".
    private static readonly string[] Sides = ["left", "right", "good", "strong", "stronger", "weak", "weaker", "lazy", "lazier", "other", "bad", "better", "upper"];

    // Not "good" or "better": "Captain Hook wears a patch over his good right eye".
    private static readonly string[] Strengths = ["strong", "stronger", "weak", "weaker", "lazy", "lazier"];

    private static readonly string[] LeftOrRight = ["left", "right"];

    private static readonly string[] Ears = ["ear", "ears"];

    private static readonly string[] Eyes = ["eye", "eyes"];

    private static readonly string[] Behind = ["behind"];

    private static readonly string[] Places = ["in", "on", "into", "under", "through", "inside"];

    private static readonly string[] PenParts = ["tummy", "belly", "stomach", "leg", "legs", "thigh"];

    private static readonly string[] StraightParts = ["leg", "legs", "foot", "feet", "ankle", "ankles", "knee", "knees", "back", "spine", "hips", "toes"];

    private static readonly string[] Straight = ["straight", "straighter"];

    // What a brace does to a body part before "straight": "help my legs grow straight", "keep her feet flat and straight".
    private const int MaxWordsBeforeStraight = 3;

    // (Declared before the table: static fields are set in order.) Kinds of shoe and patch that are everyday, right before the noun past its modifiers: "my football boots", "a
    // pirate patch", "a sticker patch". Only for these nouns: "At school, the tube in my tummy …" keeps its tube.
    private static readonly string[] ShoeKinds =
        ["football", "rugby", "running", "rain", "ballet", "dance", "tap", "school", "hiking", "walking", "wellington", "welly", "snow", "party"];

    private static readonly string[] PatchKinds = ["pirate", "pirates", "sticker", "stickers", "badge", "iron-on", "elbow", "knee"];

    // What makes shoes or boots a child's device, before the noun: "the special shoes that help my legs grow straight";
    // "Good shoes keep your back straight" is shopping advice.
    private static readonly string[] CareShoeWords = ["special", "orthopaedic", "orthopedic", "medical", "corrective", "supportive", "splint", "splinted"];

    private static readonly (string[] Words, EntityType Type, Frames Frames, string[]? Parts, string[] Places, string[]? OwnKinds, string[]? Needs)[] Nouns =
    [
        (["tube", "tubes"], EntityType.Device, Frames.Worn | Frames.Helps | Frames.Feeds, TubeParts, Places, null, null),
        (["button", "buttons"], EntityType.Device, Frames.Worn | Frames.Feeds, ButtonParts, Places, null, null),
        (["sensor", "sensors", "monitor", "pump", "disc", "disk"], EntityType.Device, Frames.Worn | Frames.Helps | Frames.Feeds, SensorParts, Places, null, null),
        (["patch", "patches"], EntityType.Device, Frames.Worn | Frames.Helps | Frames.Feeds, PatchParts, PatchPlaces, PatchKinds, null),
        (["speakers", "speaker", "helpers", "helper", "boosters", "booster", "processor", "machines"], EntityType.Device, Frames.Worn, Ears, Behind, null, null),
        (["machine", "mask"], EntityType.Device, Frames.Helps | Frames.Feeds, null, Places, null, null),
        (["spray", "puffer"], EntityType.Medication, Frames.Helps | Frames.BreathedIn, null, Places, null, null),
        (["medicine"], EntityType.Medication, Frames.Helps, null, Places, null, null),
        (["pen"], EntityType.Medication, Frames.Pokes, PenParts, Places, null, null),
        (["splint", "splints", "insoles", "brace", "braces", "callipers", "calipers"], EntityType.Device, Frames.Helps | Frames.Straightens, StraightParts, Places, null, null),
        (["shoes", "boots"], EntityType.Device, Frames.Straightens, StraightParts, Places, ShoeKinds, CareShoeWords),
        (["bracelet", "bracelets", "wristband", "necklace"], EntityType.Device, Frames.Tells, null, Places, null, null),
        (["mat", "alarm", "pad"], EntityType.Device, Frames.Alarms, null, Places, null, null),
        (["box", "watch"], EntityType.Device, Frames.Tells, null, Places, null, null),
        (["operation", "operations", "surgery"], EntityType.Treatment, Frames.Fixes, null, Places, null, null),
    ];

    // Each care noun's entry in Nouns, looked up once per token (declared after Nouns: static fields start in order).
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> NounIndex = Nouns
        .SelectMany((entry, i) => entry.Words.Select(word => (word, i)))
        .ToDictionary(pair => pair.word, pair => pair.i, StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>What a care noun is, which frames it takes and where on the body it is worn; -1 for any other word.</summary>
    private static int Describe(ReadOnlySpan<char> word) => NounIndex.TryGetValue(word, out var i) ? i : -1;

    // A word just before the noun that makes it an everyday thing: "belly button", "badge patch", "toy stethoscope tube".
    private static readonly string[] EverydayKinds =
    [
        "belly", "badge", "toy", "pretend", "stethoscope", "toothpaste", "paint", "sun", "snorkel", "inner", "pool", "bike",
        "tyre", "tire", "blood", "pressure", "bubble", "glue", "face", "hair", "water", "slide", "snow", "cardboard", "sea",
        "cream", "ice", "robot", "costume", "friendship", "charm", "beaded", "glow",
    ];

    // Words near the frame that make the scene play, sport, a pet or the weather rather than care: "my Halloween costume
    // has a glowing button on my belly", "in laser tag the vest has a sensor on my chest", "our cat has a little machine
    // that gives him his food", "the snorkel mask helps me breathe", "the firefighter wears a mask that helps him breathe".
    private static readonly string[] EverydayScenes =
    [
        "costume", "costumes", "halloween", "dress", "pretend", "toy", "toys", "teddy", "robot", "laser", "snorkel",
        "snorkelling", "snorkeling", "diving", "diver", "underwater", "firefighter", "firefighters", "smoke", "beach", "sea",
        "slide", "cat", "dog", "pet", "puppy", "kitten", "hamster", "rabbit", "fish", "bird", "horse", "ice", "cream", "sun",
        "zoo", "keeper", "farm", "cow", "calf",
        "snow", "pirate", "pirates",
    ];


    // People in general, who make "their" nobody's: "Some kids have a tube in their tummy".
    private static readonly string[] People = ["kids", "children", "people", "students", "babies", "boys", "girls", "everyone", "others", "pupils"];

    private const int SceneWindow = 10;

    private static readonly string[] Owners = ["my", "his", "her", "your", "their"];

    private static readonly string[] Helped = ["me", "him", "her", "you"];

    private static readonly string[] HelpVerbs = ["help", "helps", "helped", "helping", "lets", "let"];

    private static readonly string[] Abilities = ["hear", "breathe", "walk", "swallow", "stand", "eat"];

    private static readonly string[] KeepVerbs = ["keep", "keeps", "kept", "keeping", "hold", "holds", "make", "makes"];

    private static readonly string[] GiveVerbs = ["gives", "give", "gave", "giving", "puts", "sends"];

    private static readonly string[] Food = ["food", "milk", "feed", "feeds", "meals"];

    private static readonly string[] FoodKinds = ["special", "own", "night", "liquid", "thick", "warm"];

    private static readonly string[] Breathers = ["i", "he", "she", "you"];

    private static readonly string[] Relatives = ["that", "which"];

    // Not "shows": "a friendship bracelet that shows everyone my favourite colours".
    private static readonly string[] AlarmVerbs = ["beeps", "beep", "buzzes", "buzz", "rings", "ring", "goes", "alerts", "wakes", "flashes"];

    private static readonly string[] IfOrWhen = ["if", "when", "whenever"];

    // What a seizure alarm senses: "when she has a seizure", and a body "that starts jerking" (not "if anyone shakes the
    // door").
    private static readonly string[] Fits = ["seizure", "seizures", "fit", "fits", "convulsing", "convulsion", "convulsions"];

    private static readonly string[] Jerks = ["jerking", "jerks", "jerk", "shaking", "shakes", "shake", "twitching", "twitches"];

    private static readonly string[] Bodies = ["body", "arms", "legs"];

    private static readonly string[] Onsets = ["starts", "start", "starting", "begins", "begin", "to", "goes", "go", "all"];

    private static readonly string[] Objects = ["it", "them", "the", "a", "an", "his", "her", "my", "your", "their"];

    private static readonly string[] A = ["a"];

    private static readonly string[] Has = ["has", "have", "having", "had"];

    // How far after "if" or "when" the jerking may be: "if my whole body starts jerking".
    private const int FitReach = 6;

    /// <summary>
    /// The token of a fit the alarm senses: "(goes off) if|when" at or after from (one word between, "off"), then within
    /// reach a seizure, or a body and a word of jerking; -1 for none.
    /// </summary>
    private static int SeizureAfter(AnalyzedText analyzed, int from)
    {
        var when = Is(analyzed, from, IfOrWhen) ? from : Is(analyzed, from + 1, IfOrWhen) ? from + 1 : -1;
        if (when < 0)
        {
            return -1;
        }

        var body = -1;
        for (var t = when + 1; t <= when + FitReach && t < analyzed.Tokens.Count && !analyzed.SentenceStarts[t]; t++)
        {
            // "when she has a seizure", "if he has a fit" (not "when each piece fits", "if he is fit").
            if (Is(analyzed, t, Fits) && (analyzed.Tokens[t].In(analyzed.Text) is not ("fit" or "fits") || (t >= 2 && Is(analyzed, t - 1, A) && Is(analyzed, t - 2, Has))))
            {
                return t;
            }

            // "if her body starts jerking", "when his arms and legs jerk": the body's own movement, with no object after it
            // ("when my arms shake it", "his legs shake the little bells").
            if (body >= 0 && t - body <= 2 && Is(analyzed, t, Jerks) && !Is(analyzed, t + 1, Objects))
            {
                return t;
            }

            if (Is(analyzed, t, Bodies))
            {
                body = t;
            }
            else if (body >= 0 && !Is(analyzed, t, Onsets))
            {
                body = -1;
            }
        }

        return -1;
    }

    /// <summary>The "It" that opens the sentence right after the noun at t ("a patch. It sticks over …"); -1 for none.</summary>
    private static int NextSentenceIsIt(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        return t + 2 < tokens.Count && tokens[t + 1].In(analyzed.Text) is "." && analyzed.SentenceStarts[t + 2] && tokens[t + 2].In(analyzed.Text) is "It"
            ? t + 2
            : -1;
    }

    private static readonly string[] Bracelets = ["bracelet", "bracelets", "wristband", "necklace"];

    // What a box or a watch tells a grown-up of: "when my body needs help", "if her sugar is low", "when his heart beats too fast".
    private static readonly string[] BodysNeeds = ["body", "heart", "sugar", "sugars", "breathing", "seizure", "seizures", "blood", "oxygen", "levels"];

    private const int NeedReach = 5;

    /// <summary>The last token of "when|if" at from and, within reach, the body's need ("when my body needs help"); -1 for none.</summary>
    private static int BodysNeedAfter(AnalyzedText analyzed, int from)
    {
        if (!Is(analyzed, from, IfOrWhen))
        {
            return -1;
        }

        for (var t = from + 1; t <= from + NeedReach && t < analyzed.Tokens.Count && !analyzed.SentenceStarts[t] && analyzed.Tokens[t].Kind == TokenKind.Word; t++)
        {
            if (Is(analyzed, t, BodysNeeds))
            {
                // On to the end of the clause's few words: "when my body needs help".
                var last = t;
                while (last + 1 < analyzed.Tokens.Count && last < t + 2 && !analyzed.SentenceStarts[last + 1] && analyzed.Tokens[last + 1].Kind == TokenKind.Word)
                {
                    last++;
                }

                return last;
            }
        }

        return -1;
    }

    private static readonly string[] FixVerbs = ["put", "puts", "gave", "gives", "fixed", "fixes", "made", "makes", "helped", "helps", "let", "lets", "mended"];

    private static readonly string[] So = ["so"];

    private static readonly string[] Doers = ["i", "he", "she", "they", "you", "we"];

    private static readonly string[] Can = ["can", "could"];

    private static readonly string[] Faculties = ["hear", "walk", "see", "breathe", "eat", "talk", "swallow", "stand", "run"];

    // How far after the verb "so … can" may come: "put a little magnet in their head so they can hear".
    private const int AbilityReach = 10;

    /// <summary>The token of the faculty in "so (that) he can hear" within reach after from; -1 for none.</summary>
    private static int AbilityAfter(AnalyzedText analyzed, int from)
    {
        for (var t = from; t <= from + AbilityReach && t + 3 < analyzed.Tokens.Count && !analyzed.SentenceStarts[t]; t++)
        {
            if (!Is(analyzed, t, So))
            {
                continue;
            }

            var doer = analyzed.Tokens[t + 1].In(analyzed.Text) is "that" ? t + 2 : t + 1;
            return Is(analyzed, doer, Doers) && Is(analyzed, doer + 1, Can) && Is(analyzed, doer + 2, Faculties) ? doer + 2 : -1;
        }

        return -1;
    }

    private static readonly string[] Tubes = ["tube", "tubes"];

    private static readonly string[] You = ["you"];

    private static readonly string[] TellVerbs = ["tells", "tell", "warns", "warn"];

    // Who a medical alert bracelet tells: "grown-ups", "doctors", "people".
    private static readonly string[] Audiences =
    [
        "grown", "grownups", "adults", "people", "doctors", "nurses", "teachers", "everyone", "others", "paramedics", "mom", "mum", "mommy", "mummy", "dad",
        "daddy", "parents", "teacher",
    ];

    private static readonly string[] Ups = ["ups"];

    private static readonly string[] PokeVerbs = ["pokes", "poke", "pricks", "prick", "jabs", "jab", "goes"];

    private static readonly string[] Into = ["in", "into"];

    private static readonly string[] To = ["to"];

    private static readonly string[] Breathe = ["breathe", "breathes"];

    private static readonly string[] In = ["in"];

    private static readonly string[] The = ["the"];

    private static readonly string[] Faces = ["back", "side", "top", "front", "inside", "underside"];

    private static readonly string[] Of = ["of"];

    private static readonly string[] Modifiers =
    [
        "the", "a", "an", "my", "his", "her", "their", "your", "little", "small", "tiny", "thin", "long", "round", "special", "soft",
        "plastic", "two", "blue", "beige", "grey", "gray", "white", "pink", "black", "red", "green", "new", "spare",
    ];

    public static void Add(AnalyzedText analyzed, List<CandidateEntity> entities, Pets? pets = null)
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
            if (noun < 0 || IsEverydayKind(analyzed, t, sentenceFirst))
            {
                continue;
            }

            var care = Nouns[noun];
            if (care.Needs is not null && !HasModifierBefore(analyzed, t, sentenceFirst, care.Needs))
            {
                continue;
            }

            var end = FrameEnd(analyzed, t, care.Frames, care.Parts, care.Places, pets);
            var owned = end < 0 && (care.Frames & Frames.Worn) != 0 && care.Parts is not null ? PartHasBefore(analyzed, t, sentenceFirst, care.Parts, pets) : -1;
            if (owned >= 0 && pets?.Owns(analyzed, new TaggedSpan(care.Type, owned, t, 1, 1)) != true)
            {
                end = t;
            }

            if (end < 0 && (care.Frames & Frames.Worn) != 0 && NextSentenceIsIt(analyzed, t) is var it and >= 0)
            {
                // "Wei has a patch. It sticks over his strong left eye every morning." Only over an eye: "a sparkly patch.
                // It sticks on her arm like a sticker" is a sticker.
                end = FrameEnd(analyzed, it, care.Frames, care.Parts, care.Places, pets);
                end = end >= 0 && Is(analyzed, end, Eyes) ? end : -1;
            }

            if (end < 0 || IsEverydayScene(analyzed, t, end))
            {
                continue;
            }

            // "Some kids wear a bracelet that tells grown-ups about allergies" is anyone's; so are "Some children with
            // epilepsy sleep on a mat that beeps …", a puppet's alarm and a pet's operation.
            if ((care.Frames & (Frames.Tells | Frames.Alarms | Frames.Fixes)) != 0
                && ((t > sentenceFirst && WordLists.AnyIn(text, tokens, sentenceFirst, t - 1, People)) || OthersCare.IsOthers(analyzed, t, end, care.Type, pets)))
            {
                continue;
            }

            // "a sticker patch" is an everyday patch, unless it goes over an eye: "a soft sticker patch over his strong eye".
            if (care.OwnKinds is not null && HasModifierBefore(analyzed, t, sentenceFirst, care.OwnKinds) && !Is(analyzed, end, Eyes))
            {
                continue;
            }

            var first = t;
            while (first - 1 >= sentenceFirst && first > t - 4 && tokens[first - 1].Kind == TokenKind.Word
                && WordLists.Contains(Modifiers, tokens[first - 1].In(text)))
            {
                first--;
            }

            // "In the book, Barnaby has a tube in his tummy that gives him his milk": a character's, in a story told.
            var span = new TaggedSpan(care.Type, first, end, 1, 1);
            if (RoutineVaccines.IsFluSprayStep(analyzed, span) || MakeBelieve.IsInFictionFrame(analyzed, span))
            {
                continue;
            }

            OrderedOverlaps.AddUnlessOverlapping(entities, ref existing, ref added, new CandidateEntity(care.Type, tokens[first].Start, tokens[end].End, Score, Source));

            t = end;
        }

        if (added is not null)
        {
            entities.AddRange(added);
        }
    }

    /// <summary>
    /// The last token of the owner at t: "my", "her", or a name with its "'s" ("on the back of Zofia's arm", not a pet's:
    /// "a tube in Bella's nose" of "our dog Bella"); -1 when there is none.
    /// </summary>
    private static int OwnerEnd(AnalyzedText analyzed, int t, Pets? pets)
    {
        if (Is(analyzed, t, Owners))
        {
            return t;
        }

        var tokens = analyzed.Tokens;
        const Lexicons.LexiconKind NotAName = Lexicons.LexiconKind.FunctionWord | Lexicons.LexiconKind.CommonWord | Lexicons.LexiconKind.Title
            | Lexicons.LexiconKind.PlaceWord | Lexicons.LexiconKind.CalendarWord;
        return t + 2 < tokens.Count && tokens[t].Kind == TokenKind.Word && char.IsUpper(analyzed.Text[tokens[t].Start])
            && ((analyzed.Lexicons[t] & Lexicons.LexiconKind.FirstName) != 0 || (analyzed.Lexicons[t] & NotAName) == 0)
            && tokens[t + 1].In(analyzed.Text) is "'" or "’" && tokens[t + 2].In(analyzed.Text) is "s" && pets?.IsPetName(tokens[t].In(analyzed.Text)) != true
            ? t + 2
            : -1;
    }

    /// <summary>
    /// "My tummy has a little button on it": the owner and the body part that has the care noun, before it in its
    /// sentence; the owner's token, or -1. A named pet's part is no one's ("Bella's tummy has a button"); the caller asks
    /// the pets whose "his" or "her" it is.
    /// </summary>
    private static int PartHasBefore(AnalyzedText analyzed, int noun, int sentenceFirst, string[] parts, Pets? pets)
    {
        var tokens = analyzed.Tokens;
        var has = noun - 1;
        while (has > sentenceFirst && noun - has <= 3 && Is(analyzed, has, Modifiers) && !Is(analyzed, has, Owners))
        {
            has--;
        }

        if (has < sentenceFirst + 2 || !Is(analyzed, has, Has) || !Is(analyzed, has - 1, parts))
        {
            return -1;
        }

        // The owner may open the sentence, where Is does not look: "My tummy has …"; whether "his" or "her" is a pet's
        // the caller asks the story's pets.
        var owner = has - 2;
        if (WordLists.Contains(Owners, tokens[owner].In(analyzed.Text)))
        {
            return owner;
        }

        // "Zofia's tummy has …": a name and its "'s".
        return owner >= 2 && tokens[owner].In(analyzed.Text) is "s" && OwnerEnd(analyzed, owner - 2, pets) == owner ? owner - 2 : -1;
    }

    /// <summary>The last token of the first frame after care noun <paramref name="noun"/>, or -1.</summary>
    private static int FrameEnd(AnalyzedText analyzed, int noun, Frames frames, string[]? parts, string[] places, Pets? pets)
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
                var owner = Is(analyzed, j + 1, The) && Is(analyzed, j + 2, Faces) && Is(analyzed, j + 3, Of) ? j + 4 : j + 1;
                var ownerEnd = OwnerEnd(analyzed, owner, pets);
                // One side word, or a strength and a side: "over her strong eye", "over your strong right eye" (not a
                // pirate's "bad left eye").
                var part = Is(analyzed, ownerEnd + 1, Strengths) && Is(analyzed, ownerEnd + 2, LeftOrRight) ? ownerEnd + 3
                    : Is(analyzed, ownerEnd + 1, Sides) ? ownerEnd + 2 : ownerEnd + 1;

                if (ownerEnd >= 0 && Is(analyzed, part, parts))
                {
                    return part;
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

            // "the special shoes that help my legs grow straight", "splints that keep his ankles straight".
            if ((frames & Frames.Straightens) != 0 && parts is not null && (WordLists.Contains(HelpVerbs, word) || WordLists.Contains(KeepVerbs, word))
                && Is(analyzed, j + 1, Owners) && Is(analyzed, j + 2, parts))
            {
                for (var k = j + 3; k <= j + 2 + MaxWordsBeforeStraight && k < tokens.Count && !analyzed.SentenceStarts[k] && tokens[k].Kind == TokenKind.Word; k++)
                {
                    if (WordLists.Contains(Straight, tokens[k].In(text)))
                    {
                        return k;
                    }
                }
            }

            // "a mat under my mattress that beeps if my body starts jerking": a seizure alarm.
            if ((frames & Frames.Alarms) != 0 && WordLists.Contains(Relatives, word) && Is(analyzed, j + 1, AlarmVerbs) && SeizureAfter(analyzed, j + 2) is var fit and >= 0)
            {
                return fit;
            }

            // "a bracelet that tells grown-ups about the food that can hurt me": a medical alert bracelet; "the beeping box
            // that tells my mom when my body needs help": a box or a watch only with the body's need after it.
            if ((frames & Frames.Tells) != 0 && WordLists.Contains(Relatives, word) && Is(analyzed, j + 1, TellVerbs))
            {
                var audience = Is(analyzed, j + 2, Owners) ? j + 3 : j + 2;
                if (Is(analyzed, audience, Audiences))
                {
                    var hyphen = audience + 1 < tokens.Count && tokens[audience + 1].In(text) is "-";
                    var end = hyphen && Is(analyzed, audience + 2, Ups) ? audience + 2 : audience;
                    return WordLists.Contains(Bracelets, tokens[noun].In(text)) ? end : BodysNeedAfter(analyzed, end + 1);
                }
            }

            // "the operation that put a little magnet in their head so they can hear".
            if ((frames & Frames.Fixes) != 0 && WordLists.Contains(Relatives, word) && Is(analyzed, j + 1, FixVerbs) && AbilityAfter(analyzed, j + 2) is var faculty and >= 0)
            {
                return faculty;
            }

            // "the tube that gives me my food".
            // "gives me my food", "gives her food at night".
            if ((frames & Frames.Feeds) != 0 && WordLists.Contains(GiveVerbs, word) && Is(analyzed, j + 1, Helped))
            {
                if (Is(analyzed, j + 2, Owners) && Is(analyzed, j + 3, Food))
                {
                    return j + 3;
                }

                // Without "my" only a tube, and not "you": "a tube that gives her food at night" (not a vending
                // machine "that gives you food", nor a farm's "machine that gives her food").
                if (Is(analyzed, j + 2, Food) && WordLists.Contains(Tubes, analyzed.Tokens[noun].In(text)) && !Is(analyzed, j + 1, You))
                {
                    return j + 2;
                }
            }

            // "a pump sends my special milk through a tube": the food given is the owner's, one describing word between.
            if ((frames & Frames.Feeds) != 0 && WordLists.Contains(GiveVerbs, word) && Is(analyzed, j + 1, Owners))
            {
                var food = Is(analyzed, j + 2, FoodKinds) ? j + 3 : j + 2;
                if (Is(analyzed, food, Food))
                {
                    return food;
                }
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

    /// <summary>
    /// One of <paramref name="words"/> right before the noun or before it past the words that describe it ("my football
    /// boots", "the special new shoes", "a pirate patch"), in its sentence.
    /// </summary>
    private static bool HasModifierBefore(AnalyzedText analyzed, int noun, int sentenceFirst, string[] words)
    {
        var tokens = analyzed.Tokens;
        for (var t = noun - 1; t >= Math.Max(sentenceFirst, noun - 3) && tokens[t].Kind == TokenKind.Word; t--)
        {
            var word = tokens[t].In(analyzed.Text);
            if (WordLists.Contains(words, word))
            {
                return true;
            }

            if (!WordLists.Contains(Modifiers, word) && !WordLists.Contains(ShoeDescriptions, word))
            {
                return false;
            }
        }

        return false;
    }

    // Words that describe shoes and patches between a kind word and the noun: "special new shoes", "big black boots".
    private static readonly string[] ShoeDescriptions = ["new", "old", "big", "heavy", "stiff", "high", "tall", "sticky", "shiny", "leather", "lace-up"];

    /// <summary>
    /// "belly button", "the stethoscope's tubes", "the tube of sun cream": a kind word among the four words before the
    /// noun in its sentence, or "of" right after it.
    /// </summary>
    private static bool IsEverydayKind(AnalyzedText analyzed, int noun, int sentenceFirst)
    {
        var tokens = analyzed.Tokens;
        if (Is(analyzed, noun + 1, Of))
        {
            return true;
        }

        for (var t = noun - 1; t >= Math.Max(sentenceFirst, noun - 4); t--)
        {
            if (tokens[t].Kind == TokenKind.Word && WordLists.Contains(EverydayKinds, tokens[t].In(analyzed.Text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A scene of play, sport, pets or the weather within ten tokens of the frame in its sentence, or "their" of people in
    /// general ("Some kids have a tube in their tummy"; "Ava and Leo both have a button on their tummy" stays).
    /// </summary>
    private static bool IsEverydayScene(AnalyzedText analyzed, int noun, int end)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var their = false;
        for (var t = noun; t <= end; t++)
        {
            their |= tokens[t].In(text).Equals("their", StringComparison.OrdinalIgnoreCase);
        }

        var (first, last) = analyzed.WindowInSentence(noun, end, SceneWindow);
        for (var t = first; t <= last; t++)
        {
            var word = tokens[t].In(text);
            if (WordLists.Contains(EverydayScenes, word) || (their && t < noun && WordLists.Contains(People, word)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Is(AnalyzedText analyzed, int t, string[] words) =>
        t < analyzed.Tokens.Count && !analyzed.SentenceStarts[t] && analyzed.Tokens[t].Kind == TokenKind.Word
        && WordLists.Contains(words, analyzed.Tokens[t].In(analyzed.Text));
}
