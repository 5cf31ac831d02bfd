using LlmSafety.Judge.Features;
using LlmSafety.Judge.Scoring;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Policy;

/// <summary>
/// Four conditions a social story tells by what happens to the body, with no health word, whose telling has one fixed
/// shape in English:
/// <list type="bullet">
/// <item>an allergy's throat that closes: "If I eat nuts, my throat can start to close", "One bite of a peanut could make
/// her throat close up" (a person's throat, "my", "his", "her", "your" or a name's, and a form of "close" or "swell"
/// within four tokens after it, no comma, semicolon, colon or "open" between);</item>
/// <item>a seizure's body that shakes and is not remembered: "Sometimes my whole body goes stiff and shaky and I don't
/// remember it afterwards" (a person's body, arms or legs, shaking, jerking or stiff within four tokens, and "remember"
/// denied in the sixteen tokens after, in the sentence, with nothing or "it", "anything", "afterwards" … after it);</item>
/// <item>low muscle tone: "My muscles are floppy and tire out fast" (a person's muscles, "floppy" within four tokens and
/// tiring after it in the sentence; not "let your muscles go floppy like a noodle" of a calming exercise).</item>
/// <item>sleep apnoea: "his breathing stays steady and doesn't keep stopping while he sleeps", "stops breathing in his
/// sleep" (a person's breathing that stops or pauses, and sleep or night just after, in the sentence).</item>
/// </list>
/// Hand-written sets 24 and 27 and two held-out phrasings of the simulator told them so. The span runs from the throat
/// or body, so that an owner's name stays a name. A scratchy throat, a shop that closes, shaking with cold ("my body
/// shakes when I am cold", nothing forgotten), stage fright ("I do not remember my lines") and the general case ("If your
/// throat starts to close, …") are none; a pet's and a character's are theirs.
/// </summary>
internal static class Symptoms
{
    public const string Source = "rule:symptom";

    private const double Score = 0.85;

    private static readonly string[] Owners = Eyesight.Owners;

    private static readonly string[] Closes = ["close", "closes", "closing", "closed", "swell", "swells", "swelling", "swelled"];

    private static readonly string[] BodyParts = ["body", "arms", "legs"];

    private static readonly string[] Shakes = ["shakes", "shake", "shaking", "shaky", "jerk", "jerks", "jerking", "jerky", "stiff", "twitch", "twitches"];

    private static readonly string[] Forgotten = ["it", "anything", "afterwards", "afterward", "after", "what", "a", "any", "much", "later", "them"];

    private static readonly string[] Denials = ["don't", "dont", "not", "can't", "cannot", "won't", "doesn't", "didn't", "never", "t"];

    // How far after "throat" or "body" the closing or shaking may come: "my throat can start to close".
    private const int Reach = 4;

    // How far after the shaking "remember" may be denied: "… and I don't remember it afterwards".
    private const int MemoryReach = 16;

    public static void Add(AnalyzedText analyzed, List<CandidateEntity> entities, Pets? pets)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        if (!text.Contains("throat", StringComparison.OrdinalIgnoreCase) && !text.Contains("remember", StringComparison.OrdinalIgnoreCase)
            && !text.Contains("floppy", StringComparison.OrdinalIgnoreCase) && !text.Contains("breathing", StringComparison.OrdinalIgnoreCase)
            && !text.Contains("side of", StringComparison.OrdinalIgnoreCase) && !text.Contains("vessel", StringComparison.OrdinalIgnoreCase))
        {
            // A throat that closes, a fit not remembered, floppy muscles or breathing that stops: without those words,
            // nothing to look at.
            return;
        }
        List<CandidateEntity>? added = null;
        OrderedOverlaps? existing = null;
        for (var t = 1; t < tokens.Count; t++)
        {
            var word = tokens[t].In(text);
            var throat = word.Equals("throat", StringComparison.OrdinalIgnoreCase);
            if (word.Equals("muscles", StringComparison.OrdinalIgnoreCase))
            {
                t = AddFloppyMuscles(analyzed, t, entities, ref existing, ref added, pets);
                continue;
            }

            if (word.Equals("side", StringComparison.OrdinalIgnoreCase) || word.Equals("vessel", StringComparison.OrdinalIgnoreCase))
            {
                t = AddStrokeSign(analyzed, t, entities, ref existing, ref added, pets);
                continue;
            }

            if (word.Equals("breathing", StringComparison.OrdinalIgnoreCase))
            {
                t = AddBreathingThatStops(analyzed, t, entities, ref existing, ref added, pets);
                continue;
            }

            if (!throat && !WordLists.Contains(BodyParts, word))
            {
                continue;
            }

            var owner = OwnerOf(analyzed, t);
            if (owner < 0 || Eyesight.IsGeneral(analyzed, owner, whenIsGeneral: false))
            {
                // "If your throat starts to close, tell a grown-up" is anyone's.
                continue;
            }

            var sign = Find(analyzed, t + 1, Reach, throat ? Closes : Shakes);
            var last = sign < 0 ? -1 : throat ? (sign + 1 < tokens.Count && tokens[sign + 1].In(text) is "up" ? sign + 1 : sign) : ForgottenAt(analyzed, sign);
            if (last < 0 || Eyesight.IsSomeoneElses(analyzed, new TaggedSpan(EntityType.Diagnosis, t, last, 1, 1), pets))
            {
                continue;
            }

            // From the throat or body on, so that the owner stays a name for the name rules ("Mrs. Kowalska's throat").
            OrderedOverlaps.AddUnlessOverlapping(
                entities, ref existing, ref added, new CandidateEntity(EntityType.Diagnosis, tokens[t].Start, tokens[last].End, Score, Source));
            t = last;
        }

        if (added is not null)
        {
            entities.AddRange(added);
        }
    }

    private static readonly string[] Floppy = ["floppy"];

    // Muscles that tire: "My muscles are floppy and tire out fast", "her muscles are floppy and weak".
    private static readonly string[] Tiring = ["tire", "tires", "tired", "tiring", "weak", "weaker", "rest", "rests"];

    // Floppy on purpose: "let your muscles go floppy like a noodle", "my muscles are floppy and relaxed".
    private static readonly string[] Relaxing =
        ["relax", "relaxed", "relaxing", "calm", "calmer", "breathe", "breath", "noodle", "ragdoll", "jelly", "spaghetti", "pretend", "let", "go"];

    private const int SentenceWindow = 24;

    /// <summary>
    /// Low muscle tone told by what the muscles do: "My muscles are floppy and tire out fast, so I rest at playtime" (a
    /// person's muscles, "floppy" within four tokens, a word of tiring in the sentence and no relaxing). Returns the token
    /// to go on from.
    /// </summary>
    private static int AddFloppyMuscles(
        AnalyzedText analyzed, int t, List<CandidateEntity> entities, ref OrderedOverlaps? existing, ref List<CandidateEntity>? added, Pets? pets)
    {
        var owner = OwnerOf(analyzed, t);
        var floppy = owner < 0 || Eyesight.IsGeneral(analyzed, owner, whenIsGeneral: false) ? -1 : Find(analyzed, t + 1, Reach, Floppy);
        if (floppy < 0)
        {
            return t;
        }

        var (from, to) = analyzed.WindowInSentence(t, floppy, SentenceWindow);
        if (!WordLists.AnyIn(analyzed.Text, analyzed.Tokens, floppy + 1, to, Tiring) || WordLists.AnyIn(analyzed.Text, analyzed.Tokens, from, to, Relaxing)
            || Eyesight.IsSomeoneElses(analyzed, new TaggedSpan(EntityType.Diagnosis, t, floppy, 1, 1), pets))
        {
            return t;
        }

        OrderedOverlaps.AddUnlessOverlapping(
            entities, ref existing, ref added, new CandidateEntity(EntityType.Diagnosis, analyzed.Tokens[t].Start, analyzed.Tokens[floppy].End, Score, Source));
        return floppy;
    }

    /// <summary>
    /// Where the owner of the throat or body at t stands: "my throat", "her body", "my whole body", "Zofia's throat"
    /// (the name); -1 for no owner.
    /// </summary>
    private static int OwnerOf(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var before = tokens[t - 1].In(analyzed.Text) is "whole" && t >= 2 ? t - 2 : t - 1;
        if (WordLists.Contains(Owners, tokens[before].In(analyzed.Text)))
        {
            return before;
        }

        return before >= 2 && tokens[before].In(analyzed.Text) is "s" && tokens[before - 1].In(analyzed.Text) is "'" or "’"
            && analyzed.IsCapitalisedWord(before - 2, minLength: 2) ? before - 2 : -1;
    }

    private static readonly string[] Sides = ["left", "right", "one"];

    // What a side of the body weakened by a stroke does: "the left side of her body is weak", "… does not work well".
    // (Not "numb": a face is numb after the dentist, an arm after sleeping on it.)
    private static readonly string[] Weakened = ["weak", "weaker", "paralysed", "paralyzed", "floppy"];

    // What makes a stroke's sign a lesson for anyone: "If one side of your body feels weak …", "A blood vessel in your
    // brain can get blocked".
    private static readonly string[] GeneralWords = ["if", "when", "whenever", "can", "could", "may", "might", "anyone", "someone", "people"];

    // What a blood vessel in the brain did: "a blood vessel in Grandma's brain got blocked", "… burst".
    private static readonly string[] VesselEvents = ["blocked", "burst", "bled", "bleed", "clot", "clogged", "broke"];

    // How far after "side" the body and its weakness may come: "side of her body is weak", "side of Grandma's body is weak".
    private const int SideReach = 8;

    /// <summary>
    /// A stroke told by what happened: "the left side of her body is weak" (a side, "of", a person's body and a word of
    /// weakness within a few words, in the sentence) or "a blood vessel in Grandma's brain got blocked" ("vessel", "brain"
    /// and a word of blocking or bleeding close after). "Stay on the left side of the path" has no body; "Blood vessels
    /// carry blood to the brain" has no blocking and no person. Returns the token to go on from.
    /// </summary>
    private static int AddStrokeSign(
        AnalyzedText analyzed, int t, List<CandidateEntity> entities, ref OrderedOverlaps? existing, ref List<CandidateEntity>? added, Pets? pets)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        int first;
        int last;
        if (tokens[t].In(text).Equals("side", StringComparison.OrdinalIgnoreCase))
        {
            var body = Find(analyzed, t + 1, SideReach, BodyWords);
            var owner = body < 0 ? -1 : OwnerOf(analyzed, body);
            if (!WordLists.Contains(Sides, tokens[t - 1].In(text)) || t + 1 >= tokens.Count || tokens[t + 1].In(text) is not "of" || owner < 0
                || Eyesight.IsGeneral(analyzed, owner, whenIsGeneral: false))
            {
                return t;
            }

            first = t - 1 >= 1 && tokens[t - 2].In(text) is "the" or "The" ? t - 2 : t - 1;
            last = Find(analyzed, body + 1, Reach, Weakened);
        }
        else
        {
            var brain = Find(analyzed, t + 1, SideReach, Brains);
            if (tokens[t - 1].In(text) is not ("blood" or "Blood") || brain < 0 || OwnerOf(analyzed, brain) < 0)
            {
                return t;
            }

            first = t - 1;
            last = Find(analyzed, brain + 1, Reach, VesselEvents);
        }

        if (last < 0 || (last + 1 < tokens.Count && tokens[last + 1].In(text) is "at")
            || WordLists.AnyIn(text, tokens, analyzed.WindowInSentence(first, last, SideReach).First, last, GeneralWords)
            || Eyesight.IsSomeoneElses(analyzed, new TaggedSpan(EntityType.Diagnosis, first, last, 1, 1), pets))
        {
            // "weak at football" is a skill.
            return t;
        }

        OrderedOverlaps.AddUnlessOverlapping(
            entities, ref existing, ref added, new CandidateEntity(EntityType.Diagnosis, tokens[first].Start, tokens[last].End, Score, Source));
        return last;
    }

    private static readonly string[] BodyWords = ["body", "face"];

    private static readonly string[] Brains = ["brain"];

    private static readonly string[] Stops = ["stop", "stops", "stopping", "stopped", "pause", "pauses", "pausing", "paused"];

    private static readonly string[] Asleep = ["sleep", "sleeps", "sleeping", "asleep", "slept", "night"];

    // How far after "breathing" its stopping may come ("his breathing stays steady and doesn't keep stopping"), and how
    // far after that the sleep ("… while he sleeps").
    private const int StopReach = 8;

    private const int SleepReach = 6;

    /// <summary>
    /// Sleep apnoea told by what happens: "so his breathing … doesn't keep stopping while he sleeps", "my breathing
    /// pauses when I am asleep" (a person's breathing, a form of "stop" or "pause" within eight tokens, a word of sleep
    /// within six after it, all in the sentence). Holding one's breath under water and "stop breathing fast" have no
    /// sleep. Returns the token to go on from.
    /// </summary>
    private static int AddBreathingThatStops(
        AnalyzedText analyzed, int t, List<CandidateEntity> entities, ref OrderedOverlaps? existing, ref List<CandidateEntity>? added, Pets? pets)
    {
        // "Uncle Dev sometimes stops breathing in his sleep": the stopping before, someone's sleep after.
        if (WordLists.Contains(Stops, analyzed.Tokens[t - 1].In(analyzed.Text)) && t >= 2 && !Eyesight.IsGeneral(analyzed, t - 1, whenIsGeneral: false))
        {
            var sleeps = FindInSentence(analyzed, t + 1, SleepReach, Asleep);
            if (sleeps > t + 1 && WordLists.Contains(Owners, analyzed.Tokens[sleeps - 1].In(analyzed.Text))
                && !Eyesight.IsSomeoneElses(analyzed, new TaggedSpan(EntityType.Diagnosis, t - 1, sleeps, 1, 1), pets))
            {
                OrderedOverlaps.AddUnlessOverlapping(
                    entities, ref existing, ref added, new CandidateEntity(EntityType.Diagnosis, analyzed.Tokens[t - 1].Start, analyzed.Tokens[sleeps].End, Score, Source));
                return sleeps;
            }
        }

        var owner = OwnerOf(analyzed, t);
        if (owner < 0 || Eyesight.IsGeneral(analyzed, owner, whenIsGeneral: false))
        {
            return t;
        }

        var stop = BreathingsStop(analyzed, t);
        var sleep = stop < 0 ? -1 : FindInSentence(analyzed, stop + 1, SleepReach, Asleep);
        if (sleep < 0 || Eyesight.IsSomeoneElses(analyzed, new TaggedSpan(EntityType.Diagnosis, t, sleep, 1, 1), pets))
        {
            return t;
        }

        OrderedOverlaps.AddUnlessOverlapping(
            entities, ref existing, ref added, new CandidateEntity(EntityType.Diagnosis, analyzed.Tokens[t].Start, analyzed.Tokens[sleep].End, Score, Source));
        return sleep;
    }

    // What may stand between "breathing" and its stopping: "his breathing stays steady and doesn't keep stopping".
    private static readonly string[] BreathingHelpers =
    [
        "stays", "stay", "steady", "and", "doesn", "does", "don", "didn", "not", "t", "'", "’", "keep", "keeps", "kept", "sometimes", "often", "can",
        "may", "might", "will", "just", "suddenly",
    ];

    /// <summary>
    /// The token of the breathing's own stop after "breathing" at t: only helpers between ("doesn't keep stopping", "kept
    /// stopping"), not another subject's ("my breathing gets slow and my busy thoughts stop", "until I stop thinking").
    /// </summary>
    private static int BreathingsStop(AnalyzedText analyzed, int t)
    {
        for (var n = t + 1; n < analyzed.Tokens.Count && n <= t + StopReach && !analyzed.SentenceStarts[n]; n++)
        {
            var word = analyzed.Tokens[n].In(analyzed.Text);
            if (WordLists.Contains(Stops, word))
            {
                return n;
            }

            if (!WordLists.Contains(BreathingHelpers, word))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The first word of the list within reach after from, in the sentence, commas allowed; -1 for none.</summary>
    private static int FindInSentence(AnalyzedText analyzed, int from, int reach, string[] words)
    {
        for (var t = from; t < analyzed.Tokens.Count && t < from + reach && !analyzed.SentenceStarts[t]; t++)
        {
            if (WordLists.Contains(words, analyzed.Tokens[t].In(analyzed.Text)))
            {
                return t;
            }
        }

        return -1;
    }

    /// <summary>
    /// The first word of the list within reach after from, in the sentence; -1 for none, or when an opening comes first
    /// ("my throat opens and closes when I yawn").
    /// </summary>
    private static int Find(AnalyzedText analyzed, int from, int reach, string[] words)
    {
        for (var t = from; t < analyzed.Tokens.Count && t < from + reach && !analyzed.SentenceStarts[t]; t++)
        {
            var word = analyzed.Tokens[t].In(analyzed.Text);
            if (word is "open" or "opens" or "opening" or "opened" or "," or ";" or ":")
            {
                // "my throat opens and closes when I yawn", "My throat is dry; close the window".
                return -1;
            }

            if (WordLists.Contains(words, word))
            {
                return t;
            }
        }

        return -1;
    }

    /// <summary>Where "remember" is denied after the shaking at t, in its sentence ("I don't remember"); -1 for nowhere.</summary>
    private static int ForgottenAt(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        for (var r = t + 1; r < tokens.Count && r <= t + MemoryReach && !analyzed.SentenceStarts[r]; r++)
        {
            if (!tokens[r].In(analyzed.Text).Equals("remember", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // What is forgotten is the fit itself: "I don't remember it", "… anything", "… afterwards", or nothing; not "I do
            // not remember my lines" of stage fright.
            if (r + 1 < tokens.Count && !analyzed.SentenceStarts[r + 1] && tokens[r + 1].Kind == TokenKind.Word
                && !WordLists.Contains(Forgotten, tokens[r + 1].In(analyzed.Text)))
            {
                return -1;
            }

            for (var d = r - 1; d >= r - 3 && d > t; d--)
            {
                if (WordLists.Contains(Denials, tokens[d].In(analyzed.Text)))
                {
                    return r;
                }
            }

            return -1;
        }

        return -1;
    }
}
