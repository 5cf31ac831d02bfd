using LlmSafety.Judge.Features;
using LlmSafety.Judge.Lexicons;
using LlmSafety.Judge.Scoring;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Policy;

/// <summary>
/// A therapy told only by what its therapist does, with no therapy word: "Miss Priya works there. She helps my body
/// learn where it is and how strong to push", "At Sankalp, I meet Deepa Ma'am. She helps me say words more clearly",
/// and the thing an occupational therapist gives, told by what it is: "a vest with little weights sewn inside", "the
/// heavy blue vest … gives her a firm hug feeling"; and a chest physiotherapy vest: "the vest that shakes your chest". Set 57 added the therapist's job ("Carla's job is helping kids
/// practise talking") and set 56 a body owned by name ("Sam helps Amara's body learn").
/// Hand-written sets 46, 49 and 50 told three children's occupational therapy and one child's speech therapy so, and
/// neither the tagger nor the visit rule saw any of them. The "helps" clause counts only:
/// <list type="bullet">
/// <item>with a person as its subject right before "helps" ("she", "he", "they", or a name; not a family word, a
/// coach, a thing: "The swing helps my body feel calm", "Mum helps my hands …");</item>
/// <item>for someone's body, hands, fingers, muscles, mouth or words ("helps my body learn", "helps your hands get
/// stronger") with a verb of learning, feeling, growing or moving next, or for a child's speech ("helps me say words
/// more clearly", "helps him make his sounds", "helps me move my tongue and lips", "helps me with my talking", "helps
/// Tomasz with talking");</item>
/// <item>in a text that tells of regular sessions ("session", "every Thursday", "on Thursdays", "twice a week"), with
/// no lesson of sport, music, a language, PE or a class in that sentence or the one before ("Maya is my swimming
/// teacher. She helps my body learn to float", "helps me say words in French"; before a speech aim "Teacher Lin" is
/// a title, not a lesson), and not of people in general, a character or a pet.</item>
/// </list>
/// The span runs from "helps" to the end of its clause (at most <see cref="ClauseReach"/> tokens). The vest or blanket
/// counts with "with", "that has", "filled with" or "full of" before its weights, and not when an animal or a named pet
/// wears it, a coach, a diver or a runner does, or people in general like it.
/// </summary>
internal static class TherapySessions
{
    public const string Source = "rule:therapy-session";

    private const double Score = 0.8;

    private static readonly string[] Helps = ["helps", "helped", "helping"];

    private static readonly string[] Subjects = ["she", "he", "they"];

    private static readonly string[] ObjectPronouns = ["me", "you", "him", "her"];

    private static readonly string[] Owners = ["my", "your", "his", "her", "their"];

    // What a therapist works on: the body and its parts, the mouth and the words.
    private static readonly string[] Parts =
        ["body", "hands", "fingers", "muscles", "mouth", "lips", "tongue", "words", "speech", "voice", "legs", "arms", "hand", "wrists", "shoulders"];

    // What the body part is helped to do: "learn where it is", "get stronger", "feel calm", "work together".
    private static readonly string[] PartAims = ["learn", "feel", "get", "grow", "work", "know", "move", "become", "stay", "make", "find", "remember", "notice"];

    // What a child is helped to do with speech: "say words more clearly", "make the 's' sound".
    private static readonly string[] SpeechAims = ["say", "speak", "talk", "pronounce", "make", "use"];

    // What a speech therapist moves and strengthens: "helps me move my tongue and lips" (not "my arms and legs" of PE).
    private static readonly string[] OralParts = ["tongue", "lips", "mouth", "jaw", "cheeks"];

    // What a speech therapist helps with: "helps me with my talking".
    private static readonly string[] SpeechSkills = ["talking", "speech", "speaking", "sounds", "words", "stammer", "stutter", "lisp"];

    private static readonly string[] SpeechThings = ["words", "word", "sounds", "sound", "clearly", "sentences", "letters"];

    // A lesson that is no therapy: sport, music, a language, a craft, school work told in the sentence.
    private static readonly string[] Lessons =
    [
        "coach", "swim", "swimming", "float", "pool", "football", "soccer", "basketball", "tennis", "gymnastics", "karate", "judo", "dance",
        "dancing", "ballet", "ride", "riding", "bike", "skate", "skating", "climb", "piano", "guitar", "violin", "drum", "drums", "recorder",
        "sing", "singing", "song", "songs", "lines", "play", "english", "french", "spanish", "arabic", "chinese", "mandarin", "german",
        "italian", "japanese", "korean", "hindi", "urdu", "polish", "portuguese", "language", "spell", "spelling", "knit", "knitting", "sew",
        "cook", "cooking", "bake", "paint", "painting", "prayers", "quran", "bible", "teacher", "teaches", "taught", "class", "lesson", "lessons",
        "club", "yoga", "gym", "beam", "art", "clay", "pottery", "write", "writing", "read", "reading", "book", "books", "keys", "chess", "maths",
        "math", "homework", "choir", "scouts", "brownies", "guides", "team", "match", "race", "pe", "taekwondo", "run", "running", "water", "bars",
        "circle",
    ];

    // A text of therapy tells of regular sessions: "two times a week", "every Thursday", "on Thursdays", "our session".
    private static readonly string[] Regular =
    [
        "session", "sessions", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays", "weekly", "fortnightly",
    ];

    private static readonly string[] Weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week"];

    private static readonly string[] Every = ["every", "each"];

    private static readonly string[] Times = ["times", "once", "twice"];

    private static readonly string[] General =
        ["kids", "children", "people", "everyone", "everybody", "students", "pupils", "babies", "boys", "girls", "anyone", "someone", "lots"];

    // How far the clause of a "helps" may run: "helps my body learn where it is and how strong to push".
    private const int ClauseReach = 14;

    private const int SentenceReach = 30;

    public static void Add(AnalyzedText analyzed, List<CandidateEntity> entities, Pets? pets)
    {
        var text = analyzed.Text;
        if (!text.Contains("help", StringComparison.OrdinalIgnoreCase) && !text.Contains("weights", StringComparison.OrdinalIgnoreCase)
            && !text.Contains("heavy", StringComparison.OrdinalIgnoreCase) && !text.Contains("vest", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var tokens = analyzed.Tokens;
        OrderedOverlaps? existing = null;
        List<CandidateEntity>? added = null;
        bool? regular = null;
        for (var t = 1; t < tokens.Count; t++)
        {
            var word = tokens[t].In(text);
            if (word.Equals("weights", StringComparison.OrdinalIgnoreCase))
            {
                AddWeightedThing(analyzed, t, entities, ref existing, ref added, pets);
                continue;
            }

            if (word is "vest")
            {
                AddHeavyVest(analyzed, t, entities, ref existing, ref added, pets);
                AddShakingVest(analyzed, t, entities, ref existing, ref added, pets);
                continue;
            }

            if (word is "job" && AddSpeechJob(analyzed, t, entities, ref existing, ref added, ref regular) is var jobEnd && jobEnd > t)
            {
                t = jobEnd;
                continue;
            }

            if (t + 2 >= tokens.Count || !WordLists.Contains(Helps, word) || !IsPersonSubject(analyzed, t - 1, pets))
            {
                continue;
            }

            // "Jess helps children whose words get stuck" in a story of the child's sessions with Jess.
            if (AddHelpingLearnersTalk(analyzed, t, t, entities, ref existing, ref added, ref regular) is var talkEnd && talkEnd > t)
            {
                t = talkEnd;
                continue;
            }

            var aim = AimOf(analyzed, t + 1);
            if (aim < 0)
            {
                continue;
            }

            var last = ClauseEnd(analyzed, aim);
            var (from, to) = analyzed.WindowInSentence(t, last, SentenceReach);
            var span = new TaggedSpan(EntityType.Treatment, t, last, 1, 1);
            // The helper is often named in the sentence before, where a lesson says what they teach ("Maya is my swimming
            // teacher. She helps my body learn to float").
            var before = analyzed.SentenceStartBefore(from, SentenceReach) is var start and >= 0 ? start : Math.Max(0, from - SentenceReach);
            if (HasLesson(analyzed, before, to, IsSpeechAim(analyzed, aim)) || WordLists.AnyIn(text, tokens, from, to, General)
                || !(regular ??= TellsOfSessions(analyzed)) || Eyesight.IsSomeoneElses(analyzed, span, pets) || MakeBelieve.IsInFictionFrame(analyzed, span)
                || MakeBelieve.IsToldByFiction(analyzed, span))
            {
                continue;
            }

            OrderedOverlaps.AddUnlessOverlapping(
                entities, ref existing, ref added, new CandidateEntity(EntityType.Treatment, tokens[t].Start, tokens[last].End, Score, Source));
            t = last;
        }

        if (added is not null)
        {
            entities.AddRange(added);
        }
    }

    /// <summary>
    /// "She", "he", "they" or a capitalised name right before "helps" ("Carolina helps", "Deepa Ma'am helps" through its
    /// title); not a family word ("Mum helps"), "I", "you", a title alone, a thing or "Coach".
    /// </summary>
    private static bool IsPersonSubject(AnalyzedText analyzed, int t, Pets? pets)
    {
        var tokens = analyzed.Tokens;
        var word = tokens[t].In(analyzed.Text);
        if (WordLists.Contains(Subjects, word))
        {
            return true;
        }

        // "Deepa Ma'am helps", "Miss Priya helps": the name before a title after it, or the name itself.
        if ((analyzed.Lexicons[t] & LexiconKind.Title) != 0 && t >= 1 && !char.IsLower(analyzed.Text[tokens[t].Start]) && analyzed.IsCapitalisedWord(t - 1, minLength: 2))
        {
            t--;
        }

        var kinds = analyzed.Lexicons[t];
        return analyzed.IsCapitalisedWord(t, minLength: 2) && (kinds & (LexiconKind.KinWord | LexiconKind.Title | LexiconKind.FunctionWord)) == 0
            && (NameRules.IsGivenName(analyzed, t) || (kinds & (LexiconKind.CommonWord | LexiconKind.CalendarWord | LexiconKind.PlaceWord)) == 0)
            && pets?.IsPetName(tokens[t].In(analyzed.Text)) != true && !tokens[t].In(analyzed.Text).Equals("coach", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The token of the aim after "helps": "my body (and my hands) learn", "me say words", "him make his sounds"; -1 for
    /// none.
    /// </summary>
    private static int AimOf(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        if (WordLists.Contains(ObjectPronouns, tokens[t].In(text)) && t + 1 < tokens.Count && WordLists.Contains(SpeechAims, tokens[t + 1].In(text)))
        {
            // "helps me say words more clearly", "helps him make the 's' sound", "helps me use words to ask".
            var end = Math.Min(tokens.Count - 1, t + 5);
            for (var n = t + 2; n <= end && !analyzed.SentenceStarts[n]; n++)
            {
                if (WordLists.Contains(SpeechThings, tokens[n].In(text)))
                {
                    return t + 1;
                }
            }

            return -1;
        }

        if (WordLists.Contains(ObjectPronouns, tokens[t].In(text)) && t + 3 < tokens.Count && tokens[t + 1].In(text) is "move" or "use" or "strengthen"
            && WordLists.Contains(Owners, tokens[t + 2].In(text)) && WordLists.Contains(OralParts, tokens[t + 3].In(text)))
        {
            // "She helps me move my tongue and lips so my words come out clearly".
            return t + 1;
        }

        if ((WordLists.Contains(ObjectPronouns, tokens[t].In(text)) || (analyzed.IsCapitalisedWord(t, minLength: 2) && NameRules.IsGivenName(analyzed, t)))
            && t + 2 < tokens.Count && tokens[t + 1].In(text) is "with")
        {
            // "Aunty Ngozi helps me with my talking", "Ms. Abernethy helps Tomasz with talking", "helps me with the sounds
            // that are tricky for my mouth".
            var skill = WordLists.Contains(Owners, tokens[t + 2].In(text)) || tokens[t + 2].In(text) is "the" ? t + 3 : t + 2;
            return skill < tokens.Count && WordLists.Contains(SpeechSkills, tokens[skill].In(text)) ? skill : -1;
        }

        // "helps my body learn", "helps your body and your hands learn", "helps Amara's body learn".
        var n2 = t;
        for (var parts = 0; parts < 2; parts++)
        {
            var owner = OwnerLength(analyzed, n2);
            if (owner == 0 || n2 + owner + 1 >= tokens.Count || !WordLists.Contains(Parts, tokens[n2 + owner].In(text)))
            {
                return -1;
            }

            n2 += owner + 1;
            if (tokens[n2].In(text) is "and" && n2 + 2 < tokens.Count && WordLists.Contains(Parts, tokens[n2 + 1].In(text)))
            {
                // "my hands and fingers get stronger".
                n2 += 2;
                return WordLists.Contains(PartAims, tokens[n2].In(text)) ? n2 : -1;
            }

            if (tokens[n2].In(text) is "and" && n2 + 1 < tokens.Count && WordLists.Contains(Owners, tokens[n2 + 1].In(text)))
            {
                n2++;
                continue;
            }

            return WordLists.Contains(PartAims, tokens[n2].In(text)) ? n2 : -1;
        }

        return -1;
    }

    /// <summary>
    /// How many tokens the owner of a body part at t takes: 1 for "my", "your", "his", "her", "their"; 3 for a given name
    /// and its "'s" ("Amara's body"); 0 for none.
    /// </summary>
    private static int OwnerLength(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        if (WordLists.Contains(Owners, tokens[t].In(analyzed.Text)))
        {
            return 1;
        }

        return t + 2 < tokens.Count && analyzed.IsCapitalisedWord(t, minLength: 2) && NameRules.IsGivenName(analyzed, t)
            && tokens[t + 1].In(analyzed.Text) is "'" or "’" && tokens[t + 2].In(analyzed.Text) is "s" && tokens[t + 1].Start == tokens[t].End ? 3 : 0;
    }

    /// <summary>The last word of the clause that opens at the aim: up to a full stop, a semicolon, a colon or a comma.</summary>
    private static int ClauseEnd(AnalyzedText analyzed, int aim)
    {
        var tokens = analyzed.Tokens;
        var last = aim;
        for (var n = aim + 1; n < tokens.Count && n <= aim + ClauseReach && !analyzed.SentenceStarts[n]; n++)
        {
            if (tokens[n].Kind == TokenKind.Punctuation && tokens[n].In(analyzed.Text) is not ("'" or "’" or "-"))
            {
                break;
            }

            last = n;
        }

        return last;
    }

    /// <summary>The aim at t is speech's: "say words", "move my tongue", "with my talking" (not the body's or the hands').</summary>
    private static bool IsSpeechAim(AnalyzedText analyzed, int aim)
    {
        var word = analyzed.Tokens[aim].In(analyzed.Text);
        return WordLists.Contains(SpeechSkills, word) || (WordLists.Contains(SpeechAims, word) && !WordLists.Contains(PartAims, word))
            || (word is "move" or "strengthen" && aim + 2 < analyzed.Tokens.Count && WordLists.Contains(OralParts, analyzed.Tokens[aim + 2].In(analyzed.Text)));
    }

    /// <summary>
    /// A word of a lesson in [from, to], not one left for the session ("you leave class to see Jess"); before a speech aim, "Teacher" as a title before a name is how a child calls a
    /// speech therapist too ("I go to see Teacher Lin. She helps me move my tongue").
    /// </summary>
    private static bool HasLesson(AnalyzedText analyzed, int from, int to, bool speech)
    {
        for (var t = from; t <= to; t++)
        {
            if (WordLists.Contains(Lessons, analyzed.Tokens[t].In(analyzed.Text))
                && !(speech && analyzed.Tokens[t].In(analyzed.Text) is "Teacher" && t + 1 < analyzed.Tokens.Count && analyzed.IsCapitalisedWord(t + 1))
                && !(t >= 1 && analyzed.Tokens[t].In(analyzed.Text) is "class" or "lesson" or "lessons" && IsLeft(analyzed, t)))
            {
                return true;
            }
        }

        return false;
    }

    // A class left for the session: "you leave class for half an hour to see Jess", "I come out of class".
    private static readonly string[] Leaving = ["leave", "leaves", "left", "leaving"];

    /// <summary>"leave class", "out of class" (not "the end of class", "in front of class").</summary>
    private static bool IsLeft(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        return WordLists.Contains(Leaving, tokens[t - 1].In(analyzed.Text))
            || (t >= 2 && tokens[t - 1].In(analyzed.Text) is "of" && tokens[t - 2].In(analyzed.Text) is "out");
    }

    /// <summary>"session", "on Thursdays", "every Thursday", "each week", "two times a week": the text tells of regular visits.</summary>
    private static bool TellsOfSessions(AnalyzedText analyzed)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        for (var t = 0; t < tokens.Count; t++)
        {
            if (tokens[t].Kind != TokenKind.Word)
            {
                continue;
            }

            var word = tokens[t].In(text);
            if (WordLists.Contains(Regular, word)
                || (WordLists.Contains(Weekdays, word) && t >= 1
                    && (WordLists.Contains(Every, tokens[t - 1].In(text)) || (tokens[t - 1].In(text) is "a" && t >= 2 && WordLists.Contains(Times, tokens[t - 2].In(text))))))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] WeightedThings = ["vest", "blanket", "jacket", "lap", "pad", "toy", "snake", "belt"];

    private static readonly string[] WeightHelpers = ["little", "small", "tiny", "heavy", "some", "extra", "soft", "special"];

    // What joins the thing to its weights: "a vest with weights", "a vest that has small weights", "a blanket filled with
    // weights", "a blanket full of weights".
    private static readonly string[] WeightJoins = ["with", "that", "which", "has", "have", "filled", "full", "of"];

    // A vest of weights for sport or work: "the vest with weights that Coach wears when he runs", "a belt with weights when
    // he dives".
    private static readonly string[] WeightSports =
    [
        "coach", "gym", "run", "runs", "running", "training", "exercise", "lift", "lifting", "soldier", "diver", "diving", "dive", "dives", "dived",
        "hike", "hikes", "hiking", "scuba",
    ];

    /// <summary>
    /// "My dog Biscuit wears a vest with little weights", "the horse's blanket with weights": an animal or a named pet in
    /// the sentence before the thing wears it.
    /// </summary>
    private static bool IsAnimalsGear(AnalyzedText analyzed, int thing, Pets? pets)
    {
        var (from, _) = analyzed.WindowInSentence(thing, thing, SentenceReach);
        for (var t = from; t < thing; t++)
        {
            var word = analyzed.Tokens[t].In(analyzed.Text);
            if (WordLists.Contains(Animals, word) || (pets?.IsPetName(word) == true && analyzed.IsCapitalisedWord(t)))
            {
                return true;
            }
        }

        return false;
    }

    // How far after the helping word the talking may come: "helps children who find it hard to talk".
    private const int LearnersTalkReach = 7;

    private static readonly string[] Learners = ["kids", "children", "people", "boys", "girls", "babies", "students"];

    private static readonly string[] Practising = ["practise", "practice", "learn", "to", "with", "their", "how", "whose", "who", "find", "it", "hard", "tricky", "difficult"];

    /// <summary>
    /// "So every Tuesday I go to see Carla. Carla's job is helping kids practise talking": the job of someone the child
    /// sees, told as helping children talk or speak, in a text of regular sessions and with no lesson, club or stage in its
    /// sentence or the one before ("Tama's job at drama club is helping kids practise talking on stage"), is speech therapy.
    /// Returns the last token of the span, or t for none.
    /// </summary>
    private static int AddSpeechJob(
        AnalyzedText analyzed, int t, List<CandidateEntity> entities, ref OrderedOverlaps? existing, ref List<CandidateEntity>? added, ref bool? regular)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var helping = t + 2;
        if (helping + 2 >= tokens.Count || tokens[t + 1].In(text) is not "is" || !IsSomeonesJob(analyzed, t))
        {
            return t;
        }

        helping += tokens[helping].In(text) is "to" ? 1 : 0;
        return tokens[helping].In(text) is "helping" or "help" ? AddHelpingLearnersTalk(analyzed, t, helping, entities, ref existing, ref added, ref regular) : t;
    }

    /// <summary>
    /// "helping kids practise talking", "Jess helps children whose words get stuck": helping children (learners right
    /// after the helping word at <paramref name="helping"/>) with talking, in a text of regular sessions and with no
    /// lesson, club or stage in its sentence or the one before. Returns the last token of the span, or t for none.
    /// </summary>
    private static int AddHelpingLearnersTalk(
        AnalyzedText analyzed, int t, int helping, List<CandidateEntity> entities, ref OrderedOverlaps? existing, ref List<CandidateEntity>? added, ref bool? regular)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        if (helping + 2 >= tokens.Count || !WordLists.Contains(Learners, tokens[helping + 1].In(text)))
        {
            return t;
        }

        for (var n = helping + 2; n < tokens.Count && n <= helping + LearnersTalkReach && !analyzed.SentenceStarts[n]; n++)
        {
            var word = tokens[n].In(text);
            // Not "learn to talk about kindness", "hard to talk to join in games", "practise speaking Maori".
            if ((WordLists.Contains(SpeechSkills, word) || word is "talk" or "speak") && !(n + 1 < tokens.Count && tokens[n + 1].In(text) is "about" or "to" or "in")
                && !(n + 1 < tokens.Count && analyzed.IsCapitalisedWord(n + 1) && !analyzed.SentenceStarts[n + 1]))
            {
                var (from, to) = analyzed.WindowInSentence(t, n, SentenceReach);
                var before = analyzed.SentenceStartBefore(from, SentenceReach) is var start and >= 0 ? start : from;
                if (!(regular ??= TellsOfSessions(analyzed)) || HasLesson(analyzed, before, to, speech: true) || WordLists.AnyIn(text, tokens, before, to, StageWords))
                {
                    return t;
                }

                OrderedOverlaps.AddUnlessOverlapping(
                    entities, ref existing, ref added, new CandidateEntity(EntityType.Treatment, tokens[helping].Start, tokens[n].End, Score, Source));
                return n;
            }

            if (!WordLists.Contains(Practising, word))
            {
                return t;
            }
        }

        return t;
    }

    // Talking that is acting or reciting: drama, a stage, a play's lines, a promise, prayers.
    private static readonly string[] StageWords = ["drama", "stage", "theatre", "theater", "acting", "promise", "prayers", "debate", "debating", "public"];

    /// <summary>"Carla's job", "her job": a job of one person (not "A speech therapist's job", anyone's).</summary>
    private static bool IsSomeonesJob(AnalyzedText analyzed, int job)
    {
        var tokens = analyzed.Tokens;
        return (job >= 1 && tokens[job - 1].In(analyzed.Text) is "her" or "his" or "Her" or "His")
            || (job >= 3 && tokens[job - 1].In(analyzed.Text) is "s" && tokens[job - 2].In(analyzed.Text) is "'" or "’"
                && analyzed.IsCapitalisedWord(job - 3, minLength: 2) && NameRules.IsGivenName(analyzed, job - 3));
    }

    // What a heavy vest does for the child who wears it: "The vest gives her a firm hug feeling", "it squeezes".
    private static readonly string[] VestFeelings = ["hug", "hugs", "hugging", "squeeze", "squeezes", "squeezing", "pressure", "calm", "calmer"];

    // A heavy vest of work or danger: "the police officer's heavy vest", "a heavy life vest", "a knight's armour".
    private static readonly string[] WorkVests =
    [
        "police", "officer", "officers", "firefighter", "firefighters", "knight", "knights", "armour", "armor", "bulletproof", "life", "x-ray", "dentist", "lead",
        "wool", "woolly", "rain", "fishing", "winter", "warm", "cold", "snow", "puffer", "fleece", "thermal", "coat",
    ];

    // How far back from "vest" its "heavy" may be: "the heavy blue vest", "a heavy, squishy vest".
    private const int HeavyReach = 3;

    /// <summary>
    /// "She wears the heavy blue vest that Sam gave her. The vest gives her a firm hug feeling": a weighted vest told by
    /// its weight and what it does, "heavy" a few words before "vest" and a hug, a squeeze, pressure or calm in its
    /// sentence or in the next when that one opens on "It" or "The vest". Not a vest for the weather ("a heavy wool
    /// vest"), of work ("the heavy vest the dentist puts on you for an X-ray"), sport, an animal's,
    /// people's in general or a pretend one.
    /// </summary>
    private static void AddHeavyVest(
        AnalyzedText analyzed, int t, List<CandidateEntity> entities, ref OrderedOverlaps? existing, ref List<CandidateEntity>? added, Pets? pets)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var heavy = -1;
        for (var n = t - 1; n >= 0 && n >= t - HeavyReach && !analyzed.SentenceStarts[n + 1]; n--)
        {
            if (tokens[n].In(text).Equals("heavy", StringComparison.OrdinalIgnoreCase))
            {
                heavy = n;
                break;
            }

            if ((tokens[n].Kind != TokenKind.Word && tokens[n].In(text) is not ",") || (analyzed.Lexicons[n] & (LexiconKind.FunctionWord | LexiconKind.Possessive)) != 0)
            {
                break;
            }
        }

        if (heavy < 0 || IsAnimalsGear(analyzed, t, pets))
        {
            return;
        }

        var (from, to) = analyzed.WindowInSentence(heavy, t, SentenceReach);
        var next = analyzed.SentenceStartAfter(t, SentenceReach);
        // The next sentence counts only when it speaks of the vest again: "The vest gives her a firm hug feeling", "It squeezes".
        var feelingTo = next >= 0 && (tokens[next].In(text) is "It" || (next + 1 < tokens.Count && tokens[next + 1].In(text) is "vest"))
            ? analyzed.WindowInSentence(next, next, SentenceReach).Last
            : to;
        var first = heavy >= 1 && tokens[heavy - 1].In(text) is "a" or "the" or "my" or "his" or "her" or "your" or "their" ? heavy - 1 : heavy;
        var span = new TaggedSpan(EntityType.Device, first, t, 1, 1);
        if (!WordLists.AnyIn(text, tokens, from, feelingTo, VestFeelings) || WordLists.AnyIn(text, tokens, from, to, WeightSports)
            || WordLists.AnyIn(text, tokens, from, to, WorkVests) || WordLists.AnyIn(text, tokens, from, to, General)
            || Eyesight.IsSomeoneElses(analyzed, span, pets) || MakeBelieve.IsPretend(analyzed, span))
        {
            return;
        }

        OrderedOverlaps.AddUnlessOverlapping(
            entities, ref existing, ref added, new CandidateEntity(EntityType.Device, tokens[first].Start, tokens[t].End, Score, Source));
    }

    // What an airway-clearance vest does to the chest: "the vest that shakes your chest to loosen the sticky stuff".
    private static readonly string[] Shakes = ["shakes", "shake", "vibrates", "vibrate", "rattles", "rattle", "buzzes", "thumps", "pats", "wobbles"];

    private static readonly string[] ChestOwners = ["my", "your", "his", "her", "their"];

    /// <summary>
    /// "Every morning you put on the vest that shakes your chest to loosen the sticky stuff": a vest "that" or "which"
    /// shakes or vibrates someone's chest is a chest physiotherapy vest, a DEVICE; not an animal's, a pretend one or one
    /// of people in general.
    /// </summary>
    private static void AddShakingVest(
        AnalyzedText analyzed, int t, List<CandidateEntity> entities, ref OrderedOverlaps? existing, ref List<CandidateEntity>? added, Pets? pets)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var chest = t + 4;
        if (chest >= tokens.Count || tokens[t + 1].In(text) is not ("that" or "which") || !WordLists.Contains(Shakes, tokens[t + 2].In(text))
            || !WordLists.Contains(ChestOwners, tokens[t + 3].In(text)) || tokens[chest].In(text) is not "chest")
        {
            return;
        }

        var first = t >= 1 && tokens[t - 1].In(text) is "a" or "the" or "my" or "his" or "her" or "your" or "their" ? t - 1 : t;
        var span = new TaggedSpan(EntityType.Device, first, chest, 1, 1);
        var (from, to) = analyzed.WindowInSentence(first, chest, SentenceReach);
        if (IsAnimalsGear(analyzed, t, pets) || WordLists.AnyIn(text, tokens, from, to, General) || Eyesight.IsSomeoneElses(analyzed, span, pets) || MakeBelieve.IsPretend(analyzed, span))
        {
            return;
        }

        OrderedOverlaps.AddUnlessOverlapping(
            entities, ref existing, ref added, new CandidateEntity(EntityType.Device, tokens[first].Start, tokens[chest].End, Score, Source));
    }

    private static readonly string[] Animals = ["dog", "puppy", "cat", "kitten", "horse", "pony", "rabbit", "pet", "dog's", "horse's"];

    /// <summary>
    /// "a vest with little weights sewn inside", "a blanket with heavy weights in it": a weighted vest or blanket told by
    /// what it is, someone's (not "Some kids like a blanket with weights") and not a gym's.
    /// </summary>
    private static void AddWeightedThing(
        AnalyzedText analyzed, int t, List<CandidateEntity> entities, ref OrderedOverlaps? existing, ref List<CandidateEntity>? added, Pets? pets)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var thing = -1;
        var joined = false;
        for (var n = t - 1; n >= 1 && n >= t - 5 && !analyzed.SentenceStarts[n + 1]; n--)
        {
            var word = tokens[n].In(text);
            if (WordLists.Contains(WeightedThings, word))
            {
                thing = joined ? n : -1;
                break;
            }

            joined |= WordLists.Contains(WeightJoins, word);
            if (!WordLists.Contains(WeightHelpers, word) && !WordLists.Contains(WeightJoins, word))
            {
                break;
            }
        }

        if (thing < 0 || IsAnimalsGear(analyzed, thing, pets))
        {
            return;
        }

        var first = tokens[thing - 1].In(text) is "a" or "an" or "the" or "my" or "his" or "her" or "your" ? thing - 1 : thing;
        var (from, to) = analyzed.WindowInSentence(thing, t, SentenceReach);
        var span = new TaggedSpan(EntityType.Device, first, t, 1, 1);
        if (WordLists.AnyIn(text, tokens, from, to, WeightSports) || WordLists.AnyIn(text, tokens, from, to, General)
            || Eyesight.IsSomeoneElses(analyzed, span, pets) || MakeBelieve.IsPretend(analyzed, span))
        {
            return;
        }

        var last = t + 1 < tokens.Count && tokens[t + 1].In(text) is "sewn" or "inside" ? t + 1 : t;
        last = last + 1 < tokens.Count && last > t && tokens[last + 1].In(text) is "inside" or "in" ? last + 1 : last;
        OrderedOverlaps.AddUnlessOverlapping(
            entities, ref existing, ref added, new CandidateEntity(EntityType.Device, tokens[first].Start, tokens[last].End, Score, Source));
    }
}
