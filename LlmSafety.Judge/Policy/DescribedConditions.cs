using LlmSafety.Judge.Features;
using LlmSafety.Judge.Lexicons;
using LlmSafety.Judge.Scoring;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Policy;

/// <summary>
/// Conditions and care a story tells in plain words about the body, with no health word a list holds. Fresh seed 41729
/// held five such phrasings out of training, and its tagger missed every one:
/// <list type="bullet">
/// <item>a heart defect: "My heart has a tiny gap between its rooms" (a person's heart that has a gap or a hole);</item>
/// <item>poor eyesight as a fraction: "you had vision of 20/200 in both eyes", "his eyesight is 6/60" (not 20/20 or
/// 6/6, which are normal);</item>
/// <item>sensations that hurt: "clothes tags and loud dryers that feel like real pain" (things of touch or sound that
/// feel like pain or hurt);</item>
/// <item>coughing fits that make breathing hard;</item>
/// <item>a heart scan: "the scan where cold gel goes on your chest and your heartbeat shows on a screen";</item>
/// <item>a comfort item a clinician prescribed: "ear defenders prescribed by the therapist".</item>
/// </list>
/// Fresh seed 52830 held out four more, read in the same round:
/// <list type="bullet">
/// <item>therapy told as regular appointments: "I leave class early on Thursdays for the appointments where a helper
/// practises hard things with me";</item>
/// <item>hearing loss: "Quiet voices just disappear for him";</item>
/// <item>absence seizures: "the staring spells when she stops and does not answer";</item>
/// <item>coeliac disease: "my stomach swells up and aches whenever I eat anything made with flour".</item>
/// </list>
/// Blind set 89 and fresh seed 52073 held out two more: an allergy pen told as "the emergency jab for my nut reactions"
/// and therapy told as "exercises to make her hands stronger".
/// Fresh seeds 40961, 52073 and 74295 held out four more that real parents write too: a food allergy as "even a crumb
/// of egg makes my skin puff up and itch", an EEG as "the test with sticky wires all over your head", asthma as "my
/// breathing turns whistly", absence seizures as "sudden blank moments when everything stops".
/// Blind sets 92 and 97 told medicines by what they do for the body: "one purple gummy … The purple gummy helps my body
/// feel sleepy", "my nose spray, the one that helps my body make less wee at night".
/// The hand-written sets tell five conditions as what a child's body fails to do: "My body doesn't always tell me in
/// time when I need to pee", "My body does not always wake me up when I need a wee in the night" (continence), "My body
/// doesn't always tell me where my arms and legs are", "My body sometimes doesn't know where it is in space"
/// (proprioception), "my body sometimes forgets to take big enough breaths" (sleep apnoea).
/// Blind set 105 told tube feeding by where the food goes: "My food goes into my tummy through a little button", "a
/// small machine pumps my special milk into my tummy".
/// Fresh seed 11719 held out clinical checks named by their kind: "He had a cough swab at the hospital", "a sensory
/// profile assessment", "Next month I will have a mental health assessment".
/// Blind sets 106 and 107 told a grandmother's dementia as "Nana's brain has been getting sick in a way that makes her
/// forget things" and "Her brain is mixing things up", absence seizures as "my brain takes a tiny pause", and a sleep
/// problem as "My body has a hard time getting sleepy at night".
/// Fresh seed 33719 held out poor sight told as "Her eyes only see blurry shapes far away".
/// Blind set 112 told a seizure as "my body goes stiff and shakes all over".
/// Sets 125 and 126 told tics as "Sometimes my body does things I didn't plan. My eyes might blink hard, my shoulders
/// might jerk up, or I might make a little squeak or sniff sound" and "Oisín's body does things he does not choose".
/// Each counts with a person of the story in its sentence and not of people in general ("Some children's hearts have a
/// small hole"), a character or a pet.
/// </summary>
internal static class DescribedConditions
{
    public const string Source = "rule:described-condition";

    private const double Score = 0.8;

    private static readonly string[] Owners = ["my", "his", "her", "your", "their"];

    private static readonly string[] Gaps = ["gap", "hole", "holes", "gaps"];

    private static readonly string[] Small = ["a", "tiny", "small", "little", "very"];

    private static readonly string[] Sight = ["vision", "eyesight", "sight"];

    // Things of touch and sound that a child with sensory differences feels as pain: "clothes tags and loud dryers".
    private static readonly string[] Sensations =
        ["tags", "labels", "seams", "socks", "dryers", "noises", "sounds", "lights", "textures", "clothes", "haircuts", "brushing", "sirens", "alarms", "hoovers", "buzzing"];

    private static readonly string[] Coughing = ["coughing", "cough"];

    private static readonly string[] Breath = ["breath", "breathe", "breathing", "breaths"];

    private static readonly string[] Hard = ["hard", "difficult", "tricky", "tough"];

    private static readonly string[] Gels = ["gel", "jelly"];

    private static readonly string[] HeartWords = ["heart", "heartbeat", "heartbeats"];

    private static readonly string[] ComfortItems = ["defenders", "earmuffs", "muffs", "earplugs", "headphones", "blanket", "vest", "chewy", "cushion", "fidget"];

    private static readonly string[] Prescribing = ["prescribed", "recommended", "ordered", "fitted"];

    // Of people in general or a lesson: "Some children's hearts have a small hole", "If you have vision of 20/200".
    private static readonly string[] Anyone = ["some", "many", "people", "children", "kids", "anyone", "someone", "if", "babies"];

    private const int Reach = 8;

    private const int SentenceWindow = 24;

    public static void Add(AnalyzedText analyzed, List<CandidateEntity> entities, Pets? pets)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        OrderedOverlaps? existing = null;
        List<CandidateEntity>? added = null;
        HashSet<CandidateEntity>? replaced = null;
        for (var t = 1; t + 1 < tokens.Count; t++)
        {
            var (first, last, type) = Find(analyzed, t);
            if (first < 0)
            {
                continue;
            }

            // People in general count against it only when no "my", "his" or "her" owns it: "Other kids ask about his ear
            // defenders prescribed by the therapist" is his.
            var (from, to) = analyzed.WindowInSentence(first, last, SentenceWindow);
            // A medicine says whose it is inside its phrase: "the emergency jab for my nut reactions", "The purple gummy
            // helps my body feel sleepy", "… helps him feel sleepy".
            var anyone = WordLists.AnyIn(text, tokens, from, to, Anyone);
            var owned = WordLists.Contains(Owners, tokens[first].In(text)) || (first > 0 && WordLists.Contains(Owners, tokens[first - 1].In(text)))
                || (type == EntityType.Medication && (WordLists.AnyIn(text, tokens, first, last, Owners) || WordLists.AnyIn(text, tokens, first, last, OneChild))
                    && !anyone);
            if (!(owned || Eyesight.AnyPerson(analyzed, from, to, pets)) || (!owned && anyone)
                || Eyesight.IsSomeoneElses(analyzed, new TaggedSpan(type, first, last, 1, 1), pets) || IsPetsSkin(analyzed, t, first, pets)
                || MakeBelieve.IsInFictionFrame(analyzed, new TaggedSpan(type, first, first, 1, 1)))
            {
                continue;
            }

            OrderedOverlaps.AddOverWeakerHealth(entities, ref existing, ref added, ref replaced, new CandidateEntity(type, tokens[first].Start, tokens[last].End, Score, Source));

            // A dose named before its "helps" ends before the word that found it; the walk never goes back.
            t = Math.Max(t, last);
        }

        if (replaced is not null)
        {
            entities.RemoveAll(replaced.Contains);
        }

        if (added is not null)
        {
            entities.AddRange(added);
        }
    }

    private static (int First, int Last, EntityType Type) Find(AnalyzedText analyzed, int t)
    {
        var word = analyzed.Tokens[t].In(analyzed.Text);
        return word switch
        {
            "heart" or "Heart" => HeartGap(analyzed, t),
            "vision" or "eyesight" or "sight" or "Vision" or "Eyesight" => Acuity(analyzed, t),
            "pain" or "hurt" => SensationPain(analyzed, t),
            "coughing" or "Coughing" => CoughingFits(analyzed, t),
            "scan" => HeartScan(analyzed, t),
            "appointments" or "sessions" => HelperAppointments(analyzed, t),
            "disappear" or "vanish" or "disappears" or "vanishes" => QuietVoicesGone(analyzed, t),
            "staring" or "Staring" => StaringSpells(analyzed, t),
            "whenever" => FoodUpsetsBelly(analyzed, t),
            "emergency" or "Emergency" => EmergencyDose(analyzed, t),
            "crumb" or "trace" or "speck" or "drop" or "bite" or "smear" or "taste" => TraceReaction(analyzed, t),
            "wires" => WiresOnHead(analyzed, t),
            "breathing" or "Breathing" or "chest" => NoisyBreathing(analyzed, t),
            "blank" or "Blank" => BlankSpells(analyzed, t),
            "helps" or "help" => DoseThatHelps(analyzed, t),
            "body" or "Body" => BodyFailsToTell(analyzed, t) is var fails && fails.Item1 >= 0 ? fails
                : BodyHardToSleep(analyzed, t) is var sleep && sleep.Item1 >= 0 ? sleep
                : BodyStiffAndShaking(analyzed, t) is var shaking && shaking.Item1 >= 0 ? shaking : BodyDoesUnchosenThings(analyzed, t),
            _ when WordLists.Contains(Blinks, word) || WordLists.Contains(TicMoves, word) || IsPartMove(analyzed, t) => TicMovements(analyzed, t),
            "brain" or "Brain" => BrainUnwell(analyzed, t),
            "eyes" or "Eyes" => BlurryEyes(analyzed, t),
            "skin" or "Skin" or "scalp" => SkinThatFlaresUp(analyzed, t),
            "patches" => PatchesOnSkin(analyzed, t),
            "exercises" or "stretches" or "activities" or "games" => StrengtheningExercises(analyzed, t),
            "food" or "Food" or "milk" or "Milk" or "formula" or "feed" or "feeds" => FedThroughTube(analyzed, t),
            "assessment" or "evaluation" or "swab" or "biopsy" => HadAssessment(analyzed, t),
            _ when WordLists.Contains(Prescribing, word) => PrescribedItem(analyzed, t),
            _ => (-1, -1, EntityType.Diagnosis),
        };
    }

    /// <summary>
    /// The first token of the owner that ends right before <paramref name="t"/>: "my", "his", or a person's "'s"
    /// ("Leo's", "Grandad's"); -1 for none.
    /// </summary>
    private static int OwnerEndingBefore(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var owner = t - 1;
        if (owner < 0)
        {
            return -1;
        }

        if (WordLists.Contains(Owners, tokens[owner].In(text)))
        {
            return owner;
        }

        return owner >= 2 && tokens[owner].In(text) is "s" && tokens[owner - 1].In(text) is "'" or "’" && Eyesight.IsPerson(analyzed, owner - 2, null) ? owner - 2 : -1;
    }

    /// <summary>"My heart has a tiny gap between its rooms", "Leo's heart had a small hole in it".</summary>
    private static (int, int, EntityType) HeartGap(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var first = OwnerEndingBefore(analyzed, t);
        if (first < 0 || tokens[t + 1].In(text) is not ("has" or "had"))
        {
            return (-1, -1, EntityType.Diagnosis);
        }

        var gap = t + 2;
        while (gap < tokens.Count && gap - t <= 5 && WordLists.Contains(Small, tokens[gap].In(text)))
        {
            gap++;
        }

        return gap < tokens.Count && WordLists.Contains(Gaps, tokens[gap].In(text)) ? (first, gap, EntityType.Diagnosis) : (-1, -1, EntityType.Diagnosis);
    }

    /// <summary>"vision of 20/200", "eyesight is 6/60", "20/400 vision" (not 20/20 nor 6/6).</summary>
    private static (int, int, EntityType) Acuity(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var number = t + 1 < tokens.Count && tokens[t + 1].In(text) is "of" or "is" or "was" ? t + 2 : t + 1;
        if (number + 2 < tokens.Count && IsPoorAcuity(analyzed, number))
        {
            return (t, number + 2, EntityType.Diagnosis);
        }

        // "20/400 vision".
        return t >= 3 && IsPoorAcuity(analyzed, t - 3) ? (t - 3, t, EntityType.Diagnosis) : (-1, -1, EntityType.Diagnosis);
    }

    private static bool IsPoorAcuity(AnalyzedText analyzed, int number)
    {
        var tokens = analyzed.Tokens;
        if (number < 0 || number + 2 >= tokens.Count || tokens[number + 1].In(analyzed.Text) is not "/"
            || !int.TryParse(tokens[number].In(analyzed.Text), out var distance) || !int.TryParse(tokens[number + 2].In(analyzed.Text), out var seen))
        {
            return false;
        }

        // Feet (20/…) or metres (6/…): worse than 20/40 or 6/12 is a sight loss a story would not mention otherwise.
        return (distance == 20 && seen > 40) || (distance == 6 && seen > 12);
    }

    /// <summary>"clothes tags and loud dryers that feel like real pain", "sounds that hurt my ears".</summary>
    private static (int, int, EntityType) SensationPain(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var word = tokens[t].In(text);
        // "feel like real pain", "feel like pain"; "hurt" only right after "that" of the sensations ("sounds that hurt").
        var feels = word is "pain" ? FeelsLike(analyzed, t) : tokens[t - 1].In(text) is "that" or "which" ? t - 1 : -1;
        if (feels < 0)
        {
            return (-1, -1, EntityType.Diagnosis);
        }

        var first = -1;
        for (var n = feels - 1; n >= 0 && feels - n <= Reach && !analyzed.SentenceStarts[n + 1]; n--)
        {
            if (WordLists.Contains(Sensations, tokens[n].In(text)))
            {
                first = n;
            }
        }

        if (first < 0)
        {
            return (-1, -1, EntityType.Diagnosis);
        }

        // The sensation's describing words before it: "clothes tags", "loud dryers".
        while (first > 0 && !analyzed.SentenceStarts[first] && tokens[first - 1].Kind == TokenKind.Word
            && (WordLists.Contains(Sensations, tokens[first - 1].In(text)) || tokens[first - 1].In(text) is "loud" or "bright" or "scratchy" or "itchy"))
        {
            first--;
        }

        return (first, t, EntityType.Diagnosis);
    }

    /// <summary>The "that" or "feel" opening "that feel like real pain" before "pain" at t; -1 for none.</summary>
    private static int FeelsLike(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var like = tokens[t - 1].In(analyzed.Text) is "real" or "actual" ? t - 2 : t - 1;
        return like >= 1 && tokens[like].In(analyzed.Text) is "like" && tokens[like - 1].In(analyzed.Text) is "feel" or "feels" or "felt" ? like - 1 : -1;
    }

    /// <summary>"coughing fits at night that make every breath hard".</summary>
    private static (int, int, EntityType) CoughingFits(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        if (t + 2 >= tokens.Count || tokens[t + 1].In(text) is not ("fits" or "spells" or "attacks"))
        {
            return (-1, -1, EntityType.Diagnosis);
        }

        var breath = WordLists.FirstIn(text, tokens, t + 2, Math.Min(tokens.Count - 1, t + 2 + Reach), Breath);
        var hard = breath < 0 ? -1 : WordLists.FirstIn(text, tokens, breath + 1, Math.Min(tokens.Count - 1, breath + 3), Hard);
        return hard >= 0 && analyzed.SentenceStartAfter(t + 1, hard - t - 1) < 0 ? (t, hard, EntityType.Diagnosis) : (-1, -1, EntityType.Diagnosis);
    }

    /// <summary>"the scan where cold gel goes on your chest and your heartbeat shows on a screen": a heart scan.</summary>
    private static (int, int, EntityType) HeartScan(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var gel = WordLists.FirstIn(text, tokens, t + 1, Math.Min(tokens.Count - 1, t + Reach), Gels);
        var heart = gel < 0 ? -1 : WordLists.FirstIn(text, tokens, gel + 1, Math.Min(tokens.Count - 1, gel + 2 * Reach), HeartWords);
        var first = tokens[t - 1].In(text) is "the" or "a" or "my" or "his" or "her" or "your" ? t - 1 : t;
        return heart >= 0 && analyzed.SentenceStartAfter(t, heart - t) < 0 ? (first, heart, EntityType.Treatment) : (-1, -1, EntityType.Treatment);
    }

    private static readonly string[] Helpers = ["helper", "lady", "man", "person", "grown-up", "up", "therapist", "woman", "someone"];

    // Whom the helper works with: one child, not a group ("helps us bake bread" is a class).
    private static readonly string[] OneChild = ["me", "him", "her", "you"];

    private static readonly string[] HelperVerbs = ["practises", "practices", "practise", "practice", "works", "work", "helps", "help", "plays", "teaches"];

    // Lessons any child may have, where a grown-up helps too: "music sessions where a grown-up helps him practise the piano".
    private static readonly string[] Lessons =
    [
        "piano", "music", "guitar", "violin", "drum", "drums", "singing", "choir", "swimming", "swim", "football", "dance", "dancing", "ballet", "art",
        "drawing", "painting", "maths", "math", "reading", "spelling", "homework", "tutoring", "tutor", "karate", "judo", "gymnastics", "chess", "coding",
        "drama", "cooking", "baking", "tennis", "cricket", "rugby", "netball", "basketball",
    ];

    // What makes the appointments regular: "on Thursdays", "every week", "twice a week".
    private static readonly string[] Regularly =
        ["mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays", "every", "weekly", "twice", "fortnightly", "goes", "attends"];

    /// <summary>
    /// "I leave class early on Thursdays for the appointments where a helper practises hard things with me", "after school
    /// he goes to the play sessions where a grown-up helps him practise taking turns".
    /// </summary>
    private static (int, int, EntityType) HelperAppointments(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var helper = t + 3 < tokens.Count && tokens[t + 1].In(text) is "where" or "with" && tokens[t + 2].In(text) is "a" or "the" or "an" ? t + 3 : -1;
        // "a grown-up" is three tokens.
        if (helper >= 0 && helper + 3 < tokens.Count && tokens[helper].In(text) is "grown" && tokens[helper + 1].In(text) is "-" && tokens[helper + 2].In(text) is "up")
        {
            helper += 2;
        }
        if (helper < 0 || !WordLists.Contains(Helpers, tokens[helper].In(text)) || helper + 1 >= tokens.Count || !WordLists.Contains(HelperVerbs, tokens[helper + 1].In(text)))
        {
            return (-1, -1, EntityType.Treatment);
        }

        var (from, to) = analyzed.WindowInSentence(t, t, SentenceWindow);
        if (!WordLists.AnyIn(text, tokens, from, t, Regularly) || WordLists.AnyIn(text, tokens, from, to, Lessons))
        {
            return (-1, -1, EntityType.Treatment);
        }

        // To the end of the clause: "… hard things with me".
        var last = helper + 1;
        while (last + 1 < tokens.Count && last - helper < Reach + 4 && tokens[last + 1].Kind == TokenKind.Word && !analyzed.SentenceStarts[last + 1])
        {
            last++;
        }

        var first = tokens[t - 1].In(text) is "the" or "my" or "his" or "her" or "your" or "their" ? t - 1 : t;
        return WordLists.AnyIn(text, tokens, helper + 1, last, OneChild) ? (first, last, EntityType.Treatment) : (-1, -1, EntityType.Treatment);
    }

    private static readonly string[] QuietThings = ["voices", "sounds", "words", "whispers", "noises"];

    /// <summary>"Quiet voices just disappear for him", "soft sounds vanish for me".</summary>
    private static (int, int, EntityType) QuietVoicesGone(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var thing = tokens[t - 1].In(text) is "just" or "simply" or "often" or "sometimes" ? t - 2 : t - 1;
        if (thing < 1 || !WordLists.Contains(QuietThings, tokens[thing].In(text)) || tokens[thing - 1].In(text) is not ("quiet" or "Quiet" or "soft" or "Soft")
            || t + 2 >= tokens.Count || tokens[t + 1].In(text) is not "for" || !WordLists.Contains(ObjectPeople, tokens[t + 2].In(text)))
        {
            return (-1, -1, EntityType.Diagnosis);
        }

        // "Quiet voices just disappear for you in a busy playground": a noisy place drowns anyone's quiet voices.
        var (_, to) = analyzed.WindowInSentence(t, t, SentenceWindow);
        return WordLists.AnyIn(text, tokens, t + 3, to, NoisyPlaces) ? (-1, -1, EntityType.Diagnosis) : (thing - 1, t + 2, EntityType.Diagnosis);
    }

    private static readonly string[] NoisyPlaces =
        ["busy", "noisy", "loud", "crowded", "playground", "bus", "hall", "canteen", "cafeteria", "party", "concert", "traffic", "wind", "storm", "music"];

    private static readonly string[] ObjectPeople = ["me", "him", "her", "them", "us", "you"];

    /// <summary>"the staring spells when she stops and does not answer": absence seizures told as staring spells.</summary>
    private static (int, int, EntityType) StaringSpells(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        if (tokens[t + 1].In(text) is not ("spells" or "episodes" or "fits" or "seizures"))
        {
            return (-1, -1, EntityType.Diagnosis);
        }

        var first = tokens[t - 1].In(text) is "the" or "my" or "his" or "her" or "your" or "their" ? t - 1 : t;
        return (first, t + 1, EntityType.Diagnosis);
    }

    private static readonly string[] Bellies = ["stomach", "tummy", "belly", "gut"];

    private static readonly string[] BellyUpsets = ["swells", "swell", "aches", "ache", "hurts", "hurt", "bloats", "cramps", "gurgles"];

    // What an intolerance is to: flour, bread, milk and the allergy foods.
    private static readonly string[] Intolerances =
        ["flour", "wheat", "gluten", "bread", "pasta", "milk", "dairy", "cheese", "lactose", "nuts", "peanuts", "eggs", "egg", "soy", "barley", "rye"];

    /// <summary>"my stomach swells up and aches whenever I eat anything made with flour": a food that upsets the belly every time.</summary>
    private static (int, int, EntityType) FoodUpsetsBelly(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var belly = -1;
        for (var n = t - 1; n >= 1 && t - n <= Reach && !analyzed.SentenceStarts[n + 1]; n--)
        {
            if (WordLists.Contains(Bellies, tokens[n].In(text)) && WordLists.Contains(Owners, tokens[n - 1].In(text)))
            {
                belly = n - 1;
                break;
            }
        }

        if (belly < 0 || !WordLists.AnyIn(text, tokens, belly + 2, t - 1, BellyUpsets) || t + 2 >= tokens.Count || !WordLists.Contains(Eat, tokens[t + 2].In(text)))
        {
            return (-1, -1, EntityType.Diagnosis);
        }

        var food = WordLists.FirstIn(text, tokens, t + 3, Math.Min(tokens.Count - 1, t + 3 + Reach), Intolerances);
        return food >= 0 && analyzed.SentenceStartAfter(t, food - t) < 0 ? (belly, food, EntityType.Diagnosis) : (-1, -1, EntityType.Diagnosis);
    }

    private static readonly string[] Eat = ["eat", "eats", "drink", "drinks", "have", "has"];

    /// <summary>"ear defenders prescribed by the therapist", "a weighted blanket recommended by her OT".</summary>
    private static (int, int, EntityType) PrescribedItem(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        if (!WordLists.Contains(ComfortItems, tokens[t - 1].In(text)) || t + 2 >= tokens.Count || tokens[t + 1].In(text) is not "by")
        {
            return (-1, -1, EntityType.Device);
        }

        var clinician = t + 2;
        if (clinician < tokens.Count && (analyzed.Lexicons[clinician] & (LexiconKind.FunctionWord | LexiconKind.Possessive)) != 0)
        {
            clinician++;
        }

        if (clinician >= tokens.Count || (analyzed.Lexicons[clinician] & LexiconKind.Provider) == 0)
        {
            return (-1, -1, EntityType.Device);
        }

        var first = t - 1;
        if (first > 0 && tokens[first - 1].Kind == TokenKind.Word && char.IsLower(text[tokens[first - 1].Start]) && (analyzed.Lexicons[first - 1] & (LexiconKind.FunctionWord | LexiconKind.Possessive)) == 0)
        {
            // "ear defenders", "weighted blanket".
            first--;
        }

        return (first, clinician, EntityType.Device);
    }

    private static readonly string[] Doses = ["jab", "shot", "injection", "pen", "medicine", "spray", "needle"];

    // What an emergency dose is kept for: a reaction, an allergy, a seizure, an attack.
    private static readonly string[] Emergencies =
        ["reaction", "reactions", "allergy", "allergies", "seizure", "seizures", "fits", "attacks", "attack", "anaphylaxis"];

    /// <summary>"the emergency jab for my nut reactions", "her emergency pen for bee stings allergies".</summary>
    private static (int, int, EntityType) EmergencyDose(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var dose = t + 1;
        if (dose + 2 >= tokens.Count || !WordLists.Contains(Doses, tokens[dose].In(text)) || tokens[dose + 1].In(text) is not "for")
        {
            return (-1, -1, EntityType.Medication);
        }

        // "for my nut reactions", "for Mia's reactions".
        var ownerEnd = WordLists.Contains(Owners, tokens[dose + 2].In(text)) ? dose + 2
            : dose + 4 < tokens.Count && OwnerEndingBefore(analyzed, dose + 5) == dose + 2 ? dose + 4 : -1;
        if (ownerEnd < 0)
        {
            return (-1, -1, EntityType.Medication);
        }

        var what = WordLists.FirstIn(text, tokens, ownerEnd + 1, Math.Min(tokens.Count - 1, ownerEnd + 3), Emergencies);
        var first = tokens[t - 1].In(text) is "the" or "an" or "my" or "his" or "her" or "your" or "their" ? t - 1 : t;
        return what >= 0 && analyzed.SentenceStartAfter(t, what - t) < 0 ? (first, what, EntityType.Medication) : (-1, -1, EntityType.Medication);
    }

    // Parts that therapy strengthens for fine-motor and speech work; legs and arms are what sport strengthens too.
    private static readonly string[] TherapyParts = ["hands", "hand", "fingers", "wrists", "grip", "mouth", "tongue", "lips", "jaw"];

    private static readonly string[] Hobbies =
    [
        "knitting", "climbing", "rock", "football", "soccer", "piano", "guitar", "violin", "drums", "swimming", "gymnastics", "tennis", "rowing", "dance",
        "dancing", "ballet", "karate", "judo", "boxing", "baseball", "cricket", "netball", "basketball", "hockey", "sport", "sports", "trumpet", "singing",
    ];

    /// <summary>"exercises to make her hands stronger", "games that make my mouth muscles stronger".</summary>
    private static (int, int, EntityType) StrengtheningExercises(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var verb = t + 1;
        if (verb + 3 >= tokens.Count || tokens[verb].In(text) is not ("to" or "that" or "which") || tokens[verb + 1].In(text) is not ("make" or "makes")
            || !WordLists.Contains(Owners, tokens[verb + 2].In(text)))
        {
            return (-1, -1, EntityType.Treatment);
        }

        var part = verb + 3;
        if (!WordLists.Contains(TherapyParts, tokens[part].In(text)))
        {
            return (-1, -1, EntityType.Treatment);
        }

        var stronger = tokens[part + 1].In(text) is "muscles" && part + 2 < tokens.Count ? part + 2 : part + 1;
        if (stronger >= tokens.Count || tokens[stronger].In(text) is not ("stronger" or "strong"))
        {
            return (-1, -1, EntityType.Treatment);
        }

        // "to make her hands stronger for knitting": a hobby's training, not therapy.
        return stronger + 2 < tokens.Count && tokens[stronger + 1].In(text) is "for" && WordLists.Contains(Hobbies, tokens[stronger + 2].In(text))
            ? (-1, -1, EntityType.Treatment)
            : (t, stronger, EntityType.Treatment);
    }

    private static readonly string[] ReactingParts = ["skin", "lips", "face", "mouth", "throat", "eyes", "tongue", "cheeks"];

    private static readonly string[] Reactions =
        ["puff", "puffs", "swell", "swells", "itch", "itches", "itchy", "close", "closes", "tingle", "tingles", "blotchy", "burn", "burns", "red", "hives", "bumpy"];

    /// <summary>"Even a crumb of egg makes my skin puff up and itch", "a trace of peanut makes his lips swell".</summary>
    private static (int, int, EntityType) TraceReaction(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        if (t + 5 >= tokens.Count || tokens[t + 1].In(text) is not "of")
        {
            return (-1, -1, EntityType.Diagnosis);
        }

        var food = tokens[t + 2].In(text) is "a" or "any" or "the" ? t + 3 : t + 2;
        var makes = food + 1;
        if (!WordLists.Contains(Intolerances, tokens[food].In(text)) || makes + 3 >= tokens.Count || tokens[makes].In(text) is not ("makes" or "make" or "can")
            || !WordLists.Contains(Owners, tokens[makes + 1].In(text)) || !WordLists.Contains(ReactingParts, tokens[makes + 2].In(text)))
        {
            return (-1, -1, EntityType.Diagnosis);
        }

        var reaction = WordLists.FirstIn(text, tokens, makes + 3, Math.Min(tokens.Count - 1, makes + 6), Reactions);
        if (reaction < 0 || analyzed.SentenceStartAfter(t, reaction - t) >= 0)
        {
            return (-1, -1, EntityType.Diagnosis);
        }

        // "and itch" after "puff up": the whole reaction.
        var last = reaction + 2 < tokens.Count && tokens[reaction + 1].In(text) is "up" ? reaction + 1 : reaction;
        if (last + 2 < tokens.Count && tokens[last + 1].In(text) is "and" && WordLists.Contains(Reactions, tokens[last + 2].In(text)))
        {
            last += 2;
        }

        var first = t >= 2 && tokens[t - 1].In(text) is "a" && tokens[t - 2].In(text) is "Even" or "even" ? t - 2 : tokens[t - 1].In(text) is "a" ? t - 1 : t;
        return (first, last, EntityType.Diagnosis);
    }

    private static readonly string[] Heads = ["head", "scalp"];

    /// <summary>"the test with sticky wires all over your head", "a scan with wires stuck on her head": an EEG.</summary>
    private static (int, int, EntityType) WiresOnHead(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var test = t - 1;
        if (test >= 0 && tokens[test].In(text) is "sticky" or "little" or "small" or "tiny" or "coloured" or "colored")
        {
            test--;
        }

        if (test < 1 || tokens[test].In(text) is not "with" || tokens[test - 1].In(text) is not ("test" or "scan" or "check" or "recording"))
        {
            return (-1, -1, EntityType.Treatment);
        }

        var head = WordLists.FirstIn(text, tokens, t + 1, Math.Min(tokens.Count - 1, t + 5), Heads);
        if (head < 0 || !WordLists.Contains(Owners, tokens[head - 1].In(text)) || analyzed.SentenceStartAfter(t, head - t) >= 0)
        {
            return (-1, -1, EntityType.Treatment);
        }

        var first = test - 2 >= 0 && tokens[test - 2].In(text) is "the" or "a" ? test - 2 : test - 1;
        return (first, head, EntityType.Treatment);
    }

    private static readonly string[] Turns = ["turns", "goes", "gets", "becomes", "turn", "go", "get", "become"];

    private static readonly string[] NoisyWays = ["whistly", "whistling", "wheezy", "wheezing", "squeaky", "crackly", "rattly"];

    /// <summary>"my breathing turns whistly and I must sit down to catch it", "his chest goes wheezy when he runs".</summary>
    private static (int, int, EntityType) NoisyBreathing(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var owner = OwnerEndingBefore(analyzed, t);
        if (owner < 0 || t + 2 >= tokens.Count || !WordLists.Contains(Turns, tokens[t + 1].In(text)) || !WordLists.Contains(NoisyWays, tokens[t + 2].In(text)))
        {
            return (-1, -1, EntityType.Diagnosis);
        }

        return (owner, t + 2, EntityType.Diagnosis);
    }

    private static readonly string[] Spells = ["moments", "spells", "episodes", "patches", "stares"];

    private static readonly string[] Stopping = ["stops", "stop", "freezes", "freeze", "pauses", "switches", "goes", "blank"];

    // Things that go blank: "The TV screen has sudden blank moments when everything stops".
    private static readonly string[] Machines =
        ["screen", "tv", "television", "computer", "laptop", "video", "phone", "tablet", "game", "internet", "wifi", "radio", "film", "movie", "show", "projector"];

    /// <summary>"sudden blank moments when everything stops for a few seconds", "the blank spells when she freezes".</summary>
    private static (int, int, EntityType) BlankSpells(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        if (t + 3 >= tokens.Count || !WordLists.Contains(Spells, tokens[t + 1].In(text)) || tokens[t + 2].In(text) is not ("when" or "where" or "that"))
        {
            return (-1, -1, EntityType.Diagnosis);
        }

        var stop = WordLists.FirstIn(text, tokens, t + 3, Math.Min(tokens.Count - 1, t + 5), Stopping);
        var (from, _) = analyzed.WindowInSentence(t, t, SentenceWindow);
        if (stop < 0 || WordLists.AnyIn(text, tokens, from, t, Machines))
        {
            return (-1, -1, EntityType.Diagnosis);
        }

        var first = t >= 1 && tokens[t - 1].In(text) is "sudden" or "short" or "little" or "quick" ? t - 1 : t;
        return (first, stop, EntityType.Diagnosis);
    }

    // Forms a dose comes in. Not "tablet" alone, which is a screen as often ("The tablet helps my brain calm down" may be
    // a game), nor "medicine" alone ("Medicine helps your body get better" is a lesson).
    private static readonly string[] DoseForms =
        ["gummy", "gummies", "pill", "pills", "tablets", "spray", "drops", "syrup", "capsule", "capsules", "patch", "liquid", "sachet", "jab", "injection"];

    // What the dose does for one body: sleep, calm, focus, a dry night. Not growing, strength or getting better.
    private static readonly string[] DoseEffects =
        ["sleepy", "sleep", "drift", "calm", "calmer", "focus", "concentrate", "wee", "dry", "still", "settle", "relax", "seizures", "worries"];

    // What a gummy, spray or drops may be for that is no medicine: "a vitamin gummy", "sun spray", "cough drops".
    private static readonly string[] NotDoses = ["vitamin", "vitamins", "sun", "hair", "cough"];

    // Words that may name a dose before its form: "purple gummy", "nose spray", "little white pill".
    private static readonly string[] DoseWords =
    [
        "purple", "white", "pink", "orange", "yellow", "blue", "red", "green", "small", "little", "tiny", "big", "nose", "eye", "ear", "night",
        "bedtime", "sleep", "sleepy", "chewy", "special", "liquid", "morning",
    ];

    // How far before "helps" the dose may stand: "my nose spray, the one that helps".
    private const int DoseReach = 6;

    /// <summary>"The purple gummy helps my body feel sleepy", "my nose spray, the one that helps my body make less wee at night".</summary>
    private static (int, int, EntityType) DoseThatHelps(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        // "helps my body feel sleepy", or the person alone: "helps him feel sleepy".
        var bodyOwned = t + 3 < tokens.Count && WordLists.Contains(Owners, tokens[t + 1].In(text)) && tokens[t + 2].In(text) is "body" or "brain" or "bladder";
        if (!bodyOwned && !(t + 2 < tokens.Count && tokens[t + 1].In(text) is "me" or "him" or "her"))
        {
            return (-1, -1, EntityType.Medication);
        }

        var dose = -1;
        for (var n = t - 1; n >= 1 && t - n <= DoseReach && !analyzed.SentenceStarts[n + 1]; n--)
        {
            if (WordLists.Contains(DoseForms, tokens[n].In(text)))
            {
                dose = n;
                break;
            }
        }

        if (dose < 0 || WordLists.AnyIn(text, tokens, Math.Max(0, dose - 2), dose - 1, NotDoses))
        {
            return (-1, -1, EntityType.Medication);
        }

        // "helps her body know it is time to get sleepy".
        var effect = WordLists.FirstIn(text, tokens, bodyOwned ? t + 3 : t + 2, Math.Min(tokens.Count - 1, t + 9), DoseEffects);
        if (effect < 0 || analyzed.SentenceStartAfter(t, effect - t) >= 0)
        {
            return (-1, -1, EntityType.Medication);
        }

        // "nose spray", "purple gummy": the words that name the dose, back to its determiner.
        var first = dose;
        while (first > 0 && dose - first < 3 && !analyzed.SentenceStarts[first] && WordLists.Contains(DoseWords, tokens[first - 1].In(text)))
        {
            first--;
        }

        if (first > 0 && tokens[first - 1].In(text) is "the" or "The" or "my" or "his" or "her" or "your" or "their" or "one" or "a")
        {
            first--;
        }

        return (first, effect, EntityType.Medication);
    }

    private static readonly string[] Fails = ["doesn", "does", "don", "can", "cannot", "forgets", "forget", "won"];

    private static readonly string[] ToiletWords = ["pee", "wee", "poo", "poop", "toilet", "potty", "bathroom", "loo", "wet"];

    private static readonly string[] BodyParts = ["arms", "legs", "hands", "feet", "body"];

    private static readonly string[] Telling = ["tell", "wake", "know", "let"];

    private static readonly string[] Where = ["where"];

    // How far after "body" what it fails to tell may stand: "doesn't always tell me in time when I need to pee".
    private const int FailReach = 15;

    /// <summary>
    /// "My body doesn't always tell me in time when I need to pee", "my body does not always wake me up when I need a
    /// wee", "My body doesn't always tell me where my arms and legs are", "My body sometimes doesn't know where it is in
    /// space", "my body sometimes forgets to take big enough breaths": a body that fails to tell or to do what bodies do.
    /// Not "My body tells me when I need the toilet" (no failing) nor "Your body doesn't like loud noises".
    /// </summary>
    private static (int, int, EntityType) BodyFailsToTell(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var owner = OwnerEndingBefore(analyzed, t);
        if (owner < 0 || t + 4 >= tokens.Count)
        {
            return (-1, -1, EntityType.Diagnosis);
        }

        var fail = t + 1;
        if (tokens[fail].In(text) is "sometimes" or "often" or "still")
        {
            fail++;
        }

        if (!WordLists.Contains(Fails, tokens[fail].In(text)))
        {
            return (-1, -1, EntityType.Diagnosis);
        }

        var forgets = tokens[fail].In(text) is "forgets" or "forget";
        var to = Math.Min(tokens.Count - 1, t + FailReach);
        if (analyzed.SentenceStartAfter(t, FailReach) is var next and >= 0)
        {
            to = Math.Min(to, next - 1);
        }

        int last;
        if (forgets)
        {
            last = WordLists.FirstIn(text, tokens, fail + 1, to, Breath);
        }
        else
        {
            var told = WordLists.FirstIn(text, tokens, fail + 1, Math.Min(to, fail + 6), Telling);
            last = told < 0 ? -1 : WordLists.FirstIn(text, tokens, told + 1, to, ToiletWords);
            if (told >= 0 && last < 0)
            {
                // "where my arms and legs are", "where it is in space".
                var where = WordLists.FirstIn(text, tokens, told + 1, Math.Min(to, told + 4), Where);
                last = where < 0 ? -1 : tokens[Math.Min(to, where + 1)].In(text) is "it" ? where + 1 : WordLists.FirstIn(text, tokens, where + 1, Math.Min(to, where + 5), BodyParts);
            }
        }

        return last >= 0 ? (owner, last, EntityType.Diagnosis) : (-1, -1, EntityType.Diagnosis);
    }

    private static readonly string[] Into = ["into", "in", "to"];

    // What carries the food: a pump, a machine, a button or a syringe by name; a tube only through or by ("goes down a tube
    // into your stomach" is how everyone swallows).
    private static readonly string[] Feeders = ["button", "pump", "pumps", "machine", "syringe"];

    private static readonly string[] ThroughWords = ["through", "via", "using", "by"];

    private static readonly string[] Tubes = ["tube", "tubes"];

    // Words between an owner and the food: "my special milk", "his night-time feed".
    private static readonly string[] FoodWords = ["special", "own", "night", "time", "overnight", "liquid", "-"];

    private const int FeedReach = 12;

    private const int FeederReach = 5;

    /// <summary>
    /// "My food goes into my tummy through a little button", "a small machine pumps my special milk into my tummy": a
    /// person's food, milk or feed going into a person's tummy, carried by a button, pump, machine or syringe, or through a
    /// tube, in one sentence.
    /// </summary>
    private static (int, int, EntityType) FedThroughTube(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var owner = t - 1;
        // "his night-time feed" is three tokens before the food.
        while (owner > 0 && t - owner <= 4 && WordLists.Contains(FoodWords, tokens[owner].In(text)))
        {
            owner--;
        }

        owner = OwnerEndingBefore(analyzed, owner + 1);
        if (owner < 0)
        {
            return (-1, -1, EntityType.Treatment);
        }

        var (from, to) = analyzed.WindowInSentence(t, t, FeedReach);
        var belly = -1;
        for (var n = t + 1; n + 2 <= to && belly < 0; n++)
        {
            if (WordLists.Contains(Into, tokens[n].In(text)) && WordLists.Contains(Owners, tokens[n + 1].In(text)) && WordLists.Contains(Bellies, tokens[n + 2].In(text)))
            {
                belly = n + 2;
            }
        }

        if (belly < 0)
        {
            return (-1, -1, EntityType.Treatment);
        }

        // The carrier stands close: "a small machine pumps my milk", "into my tummy through a little button".
        for (var n = Math.Max(from, owner - FeederReach); n <= Math.Min(to, belly + FeederReach); n++)
        {
            // After the tummy only through something: not "into my tummy and the button on my coat".
            var word = tokens[n].In(text);
            var through = WordLists.AnyIn(text, tokens, Math.Max(from, n - 4), n - 1, ThroughWords);
            if ((WordLists.Contains(Feeders, word) && (n < belly || through)) || (WordLists.Contains(Tubes, word) && through))
            {
                return (owner, belly, EntityType.Treatment);
            }
        }

        return (-1, -1, EntityType.Treatment);
    }

    // Whose check it is: "He had a cough swab", "I will have a … assessment", "They missed school for a cough swab".
    private static readonly string[] Having = ["had", "have", "has", "having", "get", "gets", "got", "getting", "for", "needs", "need", "needed"];

    // Words that make an assessment a clinical one (with any word of a health or body list): "a sensory profile
    // assessment", "a mental health assessment", "a speech and language evaluation" (not "a maths assessment").
    private static readonly string[] ClinicalKinds =
    [
        "sensory", "mental", "developmental", "speech", "language", "hearing", "sleep", "feeding", "swallowing", "swallow", "cough", "throat", "nose",
        "allergy", "autism", "adhd", "memory", "behaviour", "behavior", "occupational", "physio", "communication", "motor", "eye", "vision",
        "neurodevelopmental", "psychological", "psychiatric", "medical", "health",
    ];

    private const int MaxCheckWords = 5;

    /// <summary>
    /// "He had a cough swab at the hospital last spring", "Next month I will have a mental health assessment": a swab or
    /// biopsy, or an assessment or evaluation of a clinical kind, that someone had, has or gets.
    /// </summary>
    private static (int, int, EntityType) HadAssessment(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var clinical = tokens[t].In(text) is "swab" or "biopsy";
        var article = -1;
        for (var n = t - 1; n >= 0 && t - n <= MaxCheckWords && !analyzed.SentenceStarts[n + 1]; n--)
        {
            var word = tokens[n].In(text);
            if (word is "a" or "an" or "the" or "my" or "his" or "her" or "their" or "your")
            {
                article = n;
                break;
            }

            clinical |= WordLists.Contains(ClinicalKinds, word) || (analyzed.Lexicons[n] & (LexiconSet.HealthKinds | LexiconKind.BodyWord)) != 0;
        }

        return clinical && article >= 1 && WordLists.Contains(Having, tokens[article - 1].In(text)) ? (article, t, EntityType.Treatment) : (-1, -1, EntityType.Treatment);
    }

    // What a brain that is unwell does: "getting sick", "is mixing things up", "gets muddled".
    private static readonly string[] BrainIllness = ["sick", "poorly", "ill", "unwell", "mixing", "mixed", "muddled", "jumbled", "confused", "forgetting"];

    private static readonly string[] BrainLinks = ["is", "was", "has", "been", "gets", "got", "getting", "keeps", "keep", "might", "may", "will", "sometimes", "more", "often", "always", "slowly"];

    private static readonly string[] Pauses = ["pause", "pauses", "pausing"];

    private static readonly string[] PauseLinks = ["takes", "take", "took", "has", "have", "does", "sometimes", "a", "tiny", "little", "short", "quick", "few", "fewer", "just", "needs"];

    /// <summary>
    /// "Nana's brain has been getting sick in a way that makes her forget things", "Her brain is mixing things up", "my
    /// brain takes a tiny pause": one person's brain that is sick or mixed up, or that pauses. Not a brain at one time
    /// ("my brain gets muddled when I am tired").
    /// </summary>
    private static (int, int, EntityType) BrainUnwell(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var owner = OwnerEndingBefore(analyzed, t);
        if (owner < 0)
        {
            return (-1, -1, EntityType.Diagnosis);
        }

        var n = t + 1;
        while (n < tokens.Count && n - t <= 5 && (WordLists.Contains(BrainLinks, tokens[n].In(text)) || WordLists.Contains(PauseLinks, tokens[n].In(text))))
        {
            n++;
        }

        if (n >= tokens.Count || analyzed.SentenceStarts[n]
            || !(WordLists.Contains(BrainIllness, tokens[n].In(text)) || WordLists.Contains(Pauses, tokens[n].In(text)) || IsTinyBreak(analyzed, t, n)))
        {
            return (-1, -1, EntityType.Diagnosis);
        }

        // "My brain is sick of maths": a saying.
        if (n + 1 < tokens.Count && tokens[n + 1].In(text) is "of")
        {
            return (-1, -1, EntityType.Diagnosis);
        }

        // "… when I am tired", "Before I jump into the pool, my brain takes a tiny pause": a brain at one time ("If my
        // brain pauses in class, my teacher will wait" is the condition again).
        var (from, to) = analyzed.WindowInSentence(owner, n, Reach);
        return WordLists.AnyIn(text, tokens, n + 1, to, PassingTimes) || WordLists.AnyIn(text, tokens, from, owner - 1, OneMoment)
            ? (-1, -1, EntityType.Diagnosis) : (owner, n, EntityType.Diagnosis);
    }

    private static readonly string[] SmallBreaks = ["tiny", "little", "short", "quick"];

    /// <summary>
    /// "my brain takes a tiny break while I am awake. I stop talking, I stare": a brain that takes a small break, with the
    /// signs of a seizure (awake, staring, blinking, not remembering, seconds) in its sentence or the next, pauses; one
    /// that needs a break is tired, "a quick break from the noise" rests, and a brain break is what a class does.
    /// </summary>
    private static bool IsTinyBreak(AnalyzedText analyzed, int brain, int n)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        if (tokens[n].In(text) is not ("break" or "breaks") || !WordLists.Contains(SmallBreaks, tokens[n - 1].In(text))
            || !WordLists.AnyIn(text, tokens, brain + 1, n - 1, Takes) || (n + 1 < tokens.Count && tokens[n + 1].In(text) is "from"))
        {
            return false;
        }

        // The break's signs, in its sentence or the next: "while I am awake", "I stare", "I don't remember it".
        var end = n;
        for (var sentences = 0; end + 1 < tokens.Count && end - n < AbsenceReach; end++)
        {
            if (analyzed.SentenceStarts[end + 1] && ++sentences > 1)
            {
                break;
            }
        }

        return WordLists.AnyIn(text, tokens, n + 1, end, AbsenceSigns);
    }

    private static readonly string[] Takes = ["takes", "took", "has"];

    // What tells a brain's break is a seizure, not a rest: being awake, staring, blinking, stopping, not remembering, seconds.
    private static readonly string[] AbsenceSigns =
        ["awake", "stare", "stares", "staring", "blink", "blinks", "blinking", "flutter", "flutters", "remember", "seconds", "blank", "freeze", "freezes",
            "stop", "stops"];

    private const int AbsenceReach = 40;

    private static readonly string[] PassingTimes = ["when", "whenever", "if", "after", "today", "tonight", "because"];

    // A moment before the brain: "Before I jump into the pool", "When I'm very hungry".
    private static readonly string[] OneMoment = ["before", "after", "hungry", "tired", "sleepy"];

    private static readonly string[] HardTime = ["hard", "tough", "difficult", "tricky"];

    // Reasons for one bad night: "because I am so excited", "after a scary film", "on Christmas Eve".
    private static readonly string[] OneNight = ["because", "excited", "after", "before", "christmas", "birthday", "tonight", "scary", "when", "if", "holiday", "trip"];

    private static readonly string[] Sleepy = ["sleepy", "asleep", "sleep", "sleeping"];

    /// <summary>"My body has a hard time getting sleepy at night": one person's body that finds sleep hard.</summary>
    private static (int, int, EntityType) BodyHardToSleep(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var owner = OwnerEndingBefore(analyzed, t);
        if (owner < 0 || t + 6 >= tokens.Count || tokens[t + 1].In(text) is not ("has" or "had" or "finds") || !WordLists.AnyIn(text, tokens, t + 2, t + 4, HardTime))
        {
            return (-1, -1, EntityType.Diagnosis);
        }

        var (_, to) = analyzed.WindowInSentence(t, t, Reach * 2);
        var sleep = WordLists.FirstIn(text, tokens, t + 3, Math.Min(to, t + 7), Sleepy);
        // "… on Christmas Eve because I am so excited", "after a scary film": one night's reason, after it.
        return sleep >= 0 && !WordLists.AnyIn(text, tokens, sleep + 1, to, OneNight) ? (owner, sleep, EntityType.Diagnosis) : (-1, -1, EntityType.Diagnosis);
    }

    private static readonly string[] Blurry = ["blurry", "blurred", "fuzzy", "smudgy", "double"];

    private static readonly string[] Seeing = ["see", "sees", "saw", "only", "just", "can", "things", "everything", "look", "looks"];

    // What blurs anyone's sight for a while: water, a patch, tears, waking.
    private static readonly string[] BlurCauses = ["when", "if", "underwater", "water", "patch", "tears", "crying", "tired", "wake", "first", "drops", "goggles", "steam"];

    /// <summary>
    /// "Her eyes only see blurry shapes far away", "my eyes see things fuzzy": one person's eyes that see blurred, with
    /// no passing cause in the sentence ("When I open my eyes underwater, everything looks blurry", "with the patch on").
    /// </summary>
    private static (int, int, EntityType) BlurryEyes(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var owner = OwnerEndingBefore(analyzed, t);
        var n = t + 1;
        while (n < tokens.Count && n - t <= 4 && WordLists.Contains(Seeing, tokens[n].In(text)))
        {
            n++;
        }

        if (owner < 0 || n == t + 1 || n >= tokens.Count || !WordLists.Contains(Blurry, tokens[n].In(text)))
        {
            return (-1, -1, EntityType.Diagnosis);
        }

        var (from, to) = analyzed.WindowInSentence(t, n, Reach);
        var last = n + 1 < tokens.Count && tokens[n + 1].In(text) is "shapes" or "things" ? n + 1 : n;
        return WordLists.AnyIn(text, tokens, from, to, BlurCauses) ? (-1, -1, EntityType.Diagnosis) : (owner, last, EntityType.Diagnosis);
    }

    // What skin with a condition does, told plainly: "gets red, dry and itchy", "cracks", "flaky patches".
    private static readonly string[] SkinSigns =
        ["dry", "red", "itchy", "cracked", "cracks", "crack", "flaky", "scaly", "bumpy", "blotchy", "rough", "bleeds", "bleed", "blisters", "peels", "raw", "sore", "patchy"];

    private static readonly string[] SkinLinks =
        ["gets", "get", "is", "goes", "can", "sometimes", "often", "very", "really", "so", "and", "a", "lot", "of", "it", "becomes", "feels", "turns", "then"];

    // What dries or reddens anyone's skin for a while: the sun, the cold, a pool, a scrape.
    private static readonly string[] SkinCauses =
        ["when", "if", "sun", "sunburn", "sunburnt", "cold", "chlorine", "swimming", "pool", "wind", "scrape", "graze", "fall", "fell", "after", "nettle", "nettles", "bite", "bites"];

    private static readonly string[] SkinPlaces = ["skin", "scalp", "arms", "legs", "hands", "face", "elbows", "knees", "neck", "tummy", "back", "cheeks"];

    private const int SkinReach = 8;

    /// <summary>
    /// "My skin gets red, dry and itchy, and sometimes it cracks", "his scalp is dry and flaky": one person's skin (or
    /// scalp) with two signs of a skin condition a few linking words on, and no passing cause in the sentence ("My skin
    /// gets red when I am in the sun", "my skin is dry after swimming").
    /// </summary>
    private static (int, int, EntityType) SkinThatFlaresUp(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var owner = OwnerEndingBefore(analyzed, t);
        if (owner < 0)
        {
            return (-1, -1, EntityType.Diagnosis);
        }

        var signs = 0;
        var last = -1;
        for (var n = t + 1; n < tokens.Count && n - t <= SkinReach && !analyzed.SentenceStarts[n]; n++)
        {
            var word = tokens[n].In(text);
            if (WordLists.Contains(SkinSigns, word))
            {
                signs++;
                last = n;
            }
            else if (!WordLists.Contains(SkinLinks, word) && word is not ",")
            {
                break;
            }
        }

        if (signs < 2)
        {
            return (-1, -1, EntityType.Diagnosis);
        }

        var (from, to) = analyzed.WindowInSentence(owner, last, SkinReach);
        return WordLists.AnyIn(text, tokens, from, to, SkinCauses) ? (-1, -1, EntityType.Diagnosis) : (owner, last, EntityType.Diagnosis);
    }

    /// <summary>
    /// "itchy red patches on my skin", "dry, itchy, red patches on his scalp": patches with a sign of a skin condition
    /// before them, on one person's skin, with no passing cause in the sentence.
    /// </summary>
    private static (int, int, EntityType) PatchesOnSkin(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        if (t + 3 >= tokens.Count || tokens[t + 1].In(text) is not "on" || !WordLists.Contains(SkinPlaces, tokens[t + 3].In(text)))
        {
            return (-1, -1, EntityType.Diagnosis);
        }

        var owner = OwnerEndingBefore(analyzed, t + 3);
        var first = t;
        while (first - 1 >= 0 && t - first < 6 && (WordLists.Contains(SkinSigns, tokens[first - 1].In(text)) || tokens[first - 1].In(text) is "," or "and"))
        {
            first--;
        }

        while (first < t && !WordLists.Contains(SkinSigns, tokens[first].In(text)))
        {
            first++;
        }

        if (owner < 0 || first == t)
        {
            return (-1, -1, EntityType.Diagnosis);
        }

        var (from, to) = analyzed.WindowInSentence(first, t + 3, SkinReach);
        return WordLists.AnyIn(text, tokens, from, to, SkinCauses) ? (-1, -1, EntityType.Diagnosis) : (first, t + 3, EntityType.Diagnosis);
    }

    // How far back a pet's name makes "his skin" the pet's: the sentence before, about.
    private const int PetReach = 30;

    /// <summary>
    /// "This week Rusty has been scratching a lot. His skin is red and itchy": skin that "his", "her" or "its" owns right
    /// after a pet's name is the pet's.
    /// </summary>
    private static bool IsPetsSkin(AnalyzedText analyzed, int t, int owner, Pets? pets)
    {
        var tokens = analyzed.Tokens;
        if (pets is null || tokens[t].In(analyzed.Text) is not ("skin" or "Skin" or "scalp" or "patches")
            || tokens[owner].In(analyzed.Text) is not ("his" or "His" or "her" or "Her" or "its" or "Its"))
        {
            return false;
        }

        for (var n = owner - 1; n >= 0 && n >= owner - PetReach; n--)
        {
            if (tokens[n].Kind == TokenKind.Word && pets.IsPetName(tokens[n].In(analyzed.Text)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] Stiff = ["stiff", "rigid", "floppy"];

    private static readonly string[] Shaking = ["shakes", "shake", "shaking", "jerks", "jerking", "twitches", "twitching", "jumps"];

    // What makes any body stiff or shaky for a while: the cold, a fright, a game.
    private static readonly string[] ShakeCauses = ["when", "if", "cold", "scared", "freeze", "statue", "statues", "game", "laugh", "laughing", "excited", "dance", "dancing"];

    /// <summary>"sometimes my body goes stiff and shakes all over": one person's body going stiff and shaking, with no passing cause.</summary>
    private static (int, int, EntityType) BodyStiffAndShaking(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var owner = OwnerEndingBefore(analyzed, t);
        if (owner < 0 || t + 4 >= tokens.Count || tokens[t + 1].In(text) is not ("goes" or "gets" or "went" or "becomes" or "can"))
        {
            return (-1, -1, EntityType.Diagnosis);
        }

        var stiff = WordLists.FirstIn(text, tokens, t + 2, t + 3, Stiff);
        var shake = stiff < 0 ? -1 : WordLists.FirstIn(text, tokens, stiff + 1, Math.Min(tokens.Count - 1, stiff + 4), Shaking);
        if (shake < 0)
        {
            return (-1, -1, EntityType.Diagnosis);
        }

        var (from, to) = analyzed.WindowInSentence(t, shake, Reach);
        return WordLists.AnyIn(text, tokens, from, to, ShakeCauses) ? (-1, -1, EntityType.Diagnosis) : (owner, shake, EntityType.Diagnosis);
    }

    private static readonly string[] BodyDoings = ["does", "do", "did", "makes", "make", "made"];

    private static readonly string[] Doings = ["things", "movements", "moves", "sounds", "noises"];

    private static readonly string[] NotChosen = ["plan", "planned", "choose", "chose", "mean", "meant", "want", "wanted", "control", "decide", "decided"];

    /// <summary>
    /// "Sometimes my body does things I didn't plan", "Oisín's body does things he does not choose", "my body makes
    /// movements I can't control": one person's body doing what that person does not choose, the way tics are told.
    /// </summary>
    private static (int, int, EntityType) BodyDoesUnchosenThings(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var owner = OwnerEndingBefore(analyzed, t);
        // "my body sometimes does things …": one adverb may sit before the verb.
        var verb = t + 1 < tokens.Count && WordLists.Contains(Adverbs, tokens[t + 1].In(text)) ? t + 2 : t + 1;
        if (owner < 0 || verb + 3 >= tokens.Count || !WordLists.Contains(BodyDoings, tokens[verb].In(text))
            || !WordLists.AnyIn(text, tokens, verb + 1, verb + 2, Doings))
        {
            return (-1, -1, EntityType.Diagnosis);
        }

        // "… I didn't plan", "… he does not choose", "… I can't control": a negation and a verb of choosing within a few words.
        var (_, to) = analyzed.WindowInSentence(t, verb + 2, Reach);
        var chosen = WordLists.FirstIn(text, tokens, verb + 2, to, NotChosen);
        if (chosen < 0 || !WordLists.AnyIn(text, tokens, Math.Max(verb + 2, chosen - 3), chosen - 1, NotWords))
        {
            return (-1, -1, EntityType.Diagnosis);
        }

        var (from, end) = analyzed.WindowInSentence(owner, chosen, SentenceWindow);
        return WordLists.AnyIn(text, tokens, from, end, PlayWords) ? (-1, -1, EntityType.Diagnosis) : (owner, chosen, EntityType.Diagnosis);
    }

    // A body that does unplanned things in a game or a dance is playing: "In the freeze game my body does things I didn't plan!"
    private static readonly string[] PlayWords = ["game", "games", "dance", "dancing", "pretend", "silly", "funny"];

    // "didn't" and "can't" reach the rules as "didn", "'", "t": the "t" is their negation.
    private static readonly string[] NotWords = ["not", "cannot", "never", "t"];

    private static readonly string[] Adverbs = ["sometimes", "often", "just", "still", "also", "really", "even"];

    private static readonly string[] Blinks = ["blink", "blinks"];

    // Movements and sounds that come as tics; each alone is what every body does now and then. ("Jumps" counts only after
    // a part of the body: "his shoulder jumps up", not "He jumps into the pool"; clicking and humming are left out: "she
    // clicks the remote", "she hums while she cooks".)
    private static readonly string[] TicMoves =
        ["jerk", "jerks", "twitch", "twitches", "shrug", "shrugs", "sniff", "sniffs", "sniffing", "squeak", "squeaks", "grunt", "grunts", "grunting", "throat"];

    private static readonly string[] PartMoves = ["jumps", "jump"];

    // Where a tic shows: "my eyes blink hard", "his neck jerks", "her shoulders shrug".
    private static readonly string[] TicPlaces = ["eyes", "eye", "shoulder", "shoulders", "neck", "head", "arm", "arms", "hand", "hands", "face", "nose", "mouth", "throat"];

    private static readonly string[] Movers = ["I", "he", "she", "they"];

    private static readonly string[] Modals = ["might", "may", "can", "will", "sometimes", "often", "just", "suddenly", "also"];

    // What makes anyone blink, jump or sniff for a moment: light, dust, a fright, a cold, a game.
    private static readonly string[] BlinkCauses =
        ["when", "if", "bright", "light", "sun", "sunlight", "dust", "wind", "scared", "surprise", "surprised", "fright", "game", "flowers", "smell", "cold", "sneeze", "music", "song", "drop", "drops"];

    private static readonly string[] Unchosen = ["stop", "plan", "planned", "mean", "meant", "choose", "chose", "control", "help"];

    /// <summary>
    /// "His eyes blink hard, his shoulder jumps up, and he makes a little sniffing sound", "He blinks hard and his neck
    /// jerks", "My head jerks to the side and I make a squeak sound. I do not mean to do it": a person's eyes blinking, or
    /// a part of the body jerking, twitching or making a sound, with another such movement in the sentence or said to
    /// come unchosen ("I can't stop it", "by themselves") there or in the next sentence, and no passing cause.
    /// </summary>
    private static (int, int, EntityType) TicMovements(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var blink = WordLists.Contains(Blinks, tokens[t].In(text));
        var place = t >= 1 && WordLists.Contains(TicPlaces, tokens[t - 1].In(text)) ? t - 1
            : t >= 2 && WordLists.Contains(Modals, tokens[t - 1].In(text)) && WordLists.Contains(TicPlaces, tokens[t - 2].In(text)) ? t - 2 : -1;
        var first = place >= 0 ? OwnerEndingBefore(analyzed, place) : -1;
        if (first < 0 && t >= 1)
        {
            // "He blinks hard", "Ravi grunts": the mover right before the verb.
            var mover = t - 1;
            first = WordLists.Contains(Movers, tokens[mover].In(text))
                || (analyzed.IsCapitalisedWord(mover, minLength: 2) && NameRules.IsGivenName(analyzed, mover)) ? mover : -1;
        }

        if (first < 0)
        {
            return (-1, -1, EntityType.Diagnosis);
        }

        var (from, to) = analyzed.WindowInSentence(first, t, SentenceWindow);
        if (WordLists.AnyIn(text, tokens, from, to, BlinkCauses))
        {
            return (-1, -1, EntityType.Diagnosis);
        }

        var last = -1;
        for (var n = t + 1; n <= to; n++)
        {
            // Another movement, not the same one said again ("Then I blink, blink, blink").
            var word = tokens[n].In(text);
            last = (WordLists.Contains(TicMoves, word) || WordLists.Contains(Blinks, word) || IsPartMove(analyzed, n))
                && !word.Equals(tokens[t].In(text), StringComparison.OrdinalIgnoreCase) ? n : last;
        }

        // A movement with no second one needs its unchosen-ness said; a blink or a place's movement with a second one does not.
        var unchosen = IsSaidUnchosen(analyzed, from, NextSentenceEnd(analyzed, to));
        var moved = last >= 0 && (blink || place >= 0 || WordLists.Contains(Blinks, tokens[last].In(text)));
        return moved || unchosen ? (first, Math.Max(t, last), EntityType.Diagnosis) : (-1, -1, EntityType.Diagnosis);
    }

    // How far past a movement's sentence its unchosen-ness is looked for: the next sentence, up to this many tokens (a
    // text without full stops must not be read to its end for every movement).
    private const int UnchosenReach = 40;

    /// <summary>"jumps" right after a part of the body: "his shoulder jumps up".</summary>
    private static bool IsPartMove(AnalyzedText analyzed, int t) =>
        t >= 1 && WordLists.Contains(PartMoves, analyzed.Tokens[t].In(analyzed.Text)) && WordLists.Contains(TicPlaces, analyzed.Tokens[t - 1].In(analyzed.Text));

    private static int NextSentenceEnd(AnalyzedText analyzed, int to)
    {
        var limit = Math.Min(analyzed.Tokens.Count, to + 1 + UnchosenReach);
        var end = to + 1;
        while (end < limit && !analyzed.SentenceStarts[end])
        {
            end++;
        }

        // end opens the next sentence (or the reach or the text ends): read that sentence to its end, within the reach.
        for (end++; end < limit && !analyzed.SentenceStarts[end]; end++)
        {
        }

        return Math.Min(end, limit) - 1;
    }

    /// <summary>"I can't stop them", "I did not plan it", "I do not mean to", "by themselves", "on their own" in [from, to].</summary>
    private static bool IsSaidUnchosen(AnalyzedText analyzed, int from, int to)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        for (var n = from; n < to; n++)
        {
            var word = tokens[n].In(text);
            var next = tokens[n + 1].In(text);
            // "I can't stop it", not "I can't stop laughing" (what fun does).
            if ((WordLists.Contains(NotWords, word) && WordLists.Contains(Unchosen, next)
                    && !(n + 2 <= to && tokens[n + 2].In(text).EndsWith("ing", StringComparison.OrdinalIgnoreCase)))
                || (word is "by" && next is "itself" or "themselves" or "himself" or "herself")
                || (word is "on" && next is "its" or "their" or "his" or "her" && n + 2 <= to && tokens[n + 2].In(text) is "own"))
            {
                return true;
            }
        }

        return false;
    }
}
