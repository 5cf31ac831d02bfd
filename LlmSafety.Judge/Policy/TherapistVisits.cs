using LlmSafety.Judge.Features;
using LlmSafety.Judge.Scoring;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Policy;

/// <summary>
/// A therapy told as a visit to its therapist, with no therapy word: "A few times a week, Kwame will leave class to see
/// the physical therapist", "On Mondays I visit my speech therapist". Seeing a therapist who treats the body, speech or
/// the mind is a treatment of the one who sees them (hand-written set 47 told a boy's physiotherapy so, and the tagger
/// left it). It counts only:
/// <list type="bullet">
/// <item>after a verb of seeing or visiting ("see", "visits", "goes to"), an appointment or sessions "with" ("I have an
/// appointment with a psychologist") or "assessed by", and "the", "a" or an owner; or "see me" in a letter whose writer
/// says "I am a speech therapist", with regular sessions and no workplace or talk in its sentence ("From next week, you
/// will come to see me at … every Wednesday", not "Today you will come to see me in the hall to learn about my job");</item>
/// <item>with a person before the verb in its sentence ("I", "he", "she", "you", "we", a name or a family word), and
/// nothing that makes it anyone's ("Some children see a speech therapist", "If you see the physio …");</item>
/// <item>not a character's or a pet's.</item>
/// </list>
/// A therapist someone owns ("Sarah is my occupational therapist", "his physio") is their treatment as well.
/// A nurse, a doctor and a dentist are routine care and are left to the model.
/// </summary>
internal static class TherapistVisits
{
    public const string Source = "rule:therapist-visit";

    private const double Score = 0.85;

    // (Not "meet": "Today we met the speech therapist at assembly" is no therapy; not "saw": "I saw a psychologist on the news".)
    private static readonly string[] SeeVerbs = ["see", "sees", "seeing", "visit", "visits", "visiting", "visited"];

    private static readonly string[] GoVerbs = ["go", "goes", "going", "went"];

    private static readonly string[] Meetings = ["appointment", "appointments", "session", "sessions", "lesson", "lessons"];

    private static readonly string[] MeetingOwners = ["my", "his", "her", "your", "their"];

    private static readonly string[] Conditions = ["if", "unless"];

    private static readonly string[] Determiners = ["the", "a", "an", "my", "his", "her", "your", "their", "our"];

    // One-word therapists; two-word ones end on "therapist" after one of TherapyKinds.
    private static readonly string[] Therapists = ["physiotherapist", "physio", "psychologist", "psychiatrist", "OT"];

    private static readonly string[] TherapyKinds = ["physical", "occupational", "speech", "language", "play", "music", "art", "behaviour", "behavior"];

    // What makes the visit anyone's: "Some children see …", "If you visit the physio …", "People with …".
    private static readonly string[] General =
        ["some", "many", "lots", "children", "kids", "people", "everyone", "everybody", "anyone", "someone", "if", "whoever", "other"];

    // How far before the verb its subject may be: "Kwame will leave class to see".
    private const int SubjectReach = 8;

    // What may follow the therapist and end the visit's phrase: "to see the physical therapist, who …", "visit my speech
    // therapist on Mondays" (not "the speech therapist's office", "the art therapist studio").
    private static readonly string[] VisitEnds =
        ["on", "at", "in", "every", "each", "after", "before", "for", "with", "who", "because", "today", "tomorrow", "this", "next", "once", "twice",
            "again", "and", "to", "so", "when", "about", "now", "soon", "later", "there", "last", "recently", "yesterday"];

    // Modals that make a visit advice to anyone after "you": "you can see a psychologist", "you should visit the OT".
    private static readonly string[] AdviceModals = ["can", "could", "should", "might", "may", "must"];

    // Words anywhere before the verb in its sentence that make the visit a supposed one: "If you feel sad for a long time, …".
    private static readonly string[] Suppositions = ["if", "when", "whenever", "unless"];

    public static void Add(AnalyzedText analyzed, List<CandidateEntity> entities, Pets? pets)
    {
        var text = analyzed.Text;
        if (!text.Contains("therapist", StringComparison.OrdinalIgnoreCase) && !text.Contains("physio", StringComparison.OrdinalIgnoreCase)
            && !text.Contains("psych", StringComparison.OrdinalIgnoreCase) && !text.Contains(" OT", StringComparison.Ordinal))
        {
            return;
        }

        var tokens = analyzed.Tokens;
        OrderedOverlaps? existing = null;
        List<CandidateEntity>? added = null;
        bool? writer = null;
        for (var t = 0; t + 2 < tokens.Count; t++)
        {
            var verb = tokens[t].In(text);
            if (WordLists.Contains(OwnTherapistOwners, verb) && AddOwnTherapist(analyzed, t, entities, ref existing, ref added, pets) is var ownEnd && ownEnd > t)
            {
                t = ownEnd;
                continue;
            }

            var det = t + 1;
            var meeting = false;
            if (WordLists.Contains(GoVerbs, verb) && tokens[t + 1].In(text) is "to")
            {
                det = t + 2;
            }
            else if (WordLists.Contains(Meetings, verb) && tokens[t + 1].In(text) is "with")
            {
                // "I have an appointment with a psychologist", "my sessions with the speech therapist".
                det = t + 2;
                meeting = true;
            }
            else if (verb is "assessed" && tokens[t + 1].In(text) is "by")
            {
                // "I was assessed by an educational psychologist".
                det = t + 2;
            }
            else if (!WordLists.Contains(SeeVerbs, verb))
            {
                continue;
            }

            int last;
            if (tokens[det].In(text) is "me" && WordLists.Contains(SeeVerbs, verb))
            {
                // "you will come to see me … every Wednesday" in a letter whose writer is the therapist.
                writer ??= IsWrittenByTherapist(analyzed);
                last = writer == true && IsRegularVisit(analyzed, t) ? det : -1;
            }
            else if (det + 1 >= tokens.Count || !WordLists.Contains(Determiners, tokens[det].In(text)))
            {
                continue;
            }
            else
            {
                last = TherapistEnd(analyzed, det + 1);
            }

            // "My appointment with the psychiatrist is at ten": the owner of the appointment is its person, and "When I have my
            // appointment …" tells what always happens.
            var owned = meeting && t >= 1 && WordLists.Contains(MeetingOwners, tokens[t - 1].In(text))
                && !WordLists.AnyIn(text, tokens, analyzed.WindowInSentence(t, t, SubjectReach).First, t - 1, General);
            if (last < 0 || !EndsVisit(analyzed, last) || IsAdviceOrSupposition(analyzed, t, meeting) || !(owned || HasPersonBefore(analyzed, t, pets))
                || Eyesight.IsSomeoneElses(analyzed, new TaggedSpan(EntityType.Treatment, t, last, 1, 1), pets)
                || MakeBelieve.IsInFictionFrame(analyzed, new TaggedSpan(EntityType.Treatment, t, last, 1, 1)))
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

    // Owners whose therapist treats them: "Sarah is my occupational therapist" (not "our", a school's or a class's).
    private static readonly string[] OwnTherapistOwners = ["my", "My", "his", "His", "her", "Her"];

    // What the own therapist is or does right after it: "My speech therapist is called Jo", "my OT says" (not "her speech
    // therapist friends").
    private static readonly string[] TherapistDoes =
        ["is", "was", "says", "said", "helps", "helped", "will", "comes", "came", "called", "named", "can", "gives", "gave", "shows", "showed", "uses", "has", "plays",
            "taught", "teaches", "teach"];

    /// <summary>
    /// The token after a name that follows the therapist at <paramref name="after"/> ("my occupational therapist Ms. Kapoor
    /// taught me": "taught"); <paramref name="after"/> itself when no capitalised name stands there.
    /// </summary>
    private static int AfterNameOf(AnalyzedText analyzed, int after)
    {
        var tokens = analyzed.Tokens;
        var next = after;
        if (next + 1 < tokens.Count && (analyzed.Lexicons[next] & Lexicons.LexiconKind.Title) != 0 && analyzed.IsCapitalisedWord(next))
        {
            next = Pets.WordAfterTitle(analyzed, next);
        }

        var words = 0;
        while (next < tokens.Count && words < 3 && (analyzed.IsCapitalisedWord(next, minLength: 2) || NameParticles.IsApostrophePrefix(analyzed, next)) && !analyzed.SentenceStarts[next])
        {
            next = NameParticles.JoinedEnd(analyzed, next) + 1;
            words++;
        }

        return words > 0 ? next : after;
    }

    /// <summary>
    /// "Sarah is my occupational therapist", "My speech therapist is called Jo", "his physio", "my occupational therapist
    /// Ms. Kapoor taught me": a person's own therapist tells the therapy as a visit does, with the same checks (not supposed, not someone else's, not a character's).
    /// Returns the therapist's last token, or t for none.
    /// </summary>
    private static int AddOwnTherapist(
        AnalyzedText analyzed, int t, List<CandidateEntity> entities, ref OrderedOverlaps? existing, ref List<CandidateEntity>? added, Pets? pets)
    {
        var last = TherapistEnd(analyzed, t + 1);
        var span = new TaggedSpan(EntityType.Treatment, t, last, 1, 1);
        var does = last < 0 ? -1 : AfterNameOf(analyzed, last + 1);
        if (last < 0 || !(EndsVisit(analyzed, last) || (does < analyzed.Tokens.Count && WordLists.Contains(TherapistDoes, analyzed.Tokens[does].In(analyzed.Text))))
            || IsAdviceOrSupposition(analyzed, t, meeting: false) || Eyesight.IsSomeoneElses(analyzed, span, pets) || MakeBelieve.IsInFictionFrame(analyzed, span))
        {
            return t;
        }

        OrderedOverlaps.AddUnlessOverlapping(
            entities, ref existing, ref added, new CandidateEntity(EntityType.Treatment, analyzed.Tokens[t].Start, analyzed.Tokens[last].End, Score, Source));
        return last;
    }

    // What may stand before a psychologist: "an educational psychologist", "the child psychiatrist".
    private static readonly string[] MindQualifiers = ["educational", "clinical", "child", "school", "developmental"];

    /// <summary>
    /// The last token of a therapist named at t ("physio", "speech therapist", "speech and language therapist",
    /// "educational psychologist"), or -1.
    /// </summary>
    private static int TherapistEnd(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var word = tokens[t].In(analyzed.Text);
        if (word is "OT" || (!word.Equals("ot", StringComparison.OrdinalIgnoreCase) && WordLists.Contains(Therapists, word)))
        {
            return t;
        }

        if (WordLists.Contains(MindQualifiers, word) && t + 1 < tokens.Count && tokens[t + 1].In(analyzed.Text) is "psychologist" or "psychiatrist")
        {
            return t + 1;
        }

        if (!WordLists.Contains(TherapyKinds, word))
        {
            return -1;
        }

        // "speech and language therapist".
        var next = t + 1;
        if (next + 2 < tokens.Count && tokens[next].In(analyzed.Text) is "and" && WordLists.Contains(TherapyKinds, tokens[next + 1].In(analyzed.Text)))
        {
            next += 2;
        }

        return next < tokens.Count && tokens[next].In(analyzed.Text).Equals("therapist", StringComparison.OrdinalIgnoreCase) ? next : -1;
    }

    /// <summary>
    /// "My name is Ewa Nowak, and I am a speech therapist": the writer says they are a therapist ("I am", "I'm" or "I work
    /// as", then "a", "an" or "your" and the therapist), so "come to see me" is a visit to them.
    /// </summary>
    private static bool IsWrittenByTherapist(AnalyzedText analyzed)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        for (var t = 0; t + 3 < tokens.Count; t++)
        {
            if (tokens[t].In(text) is not "I")
            {
                continue;
            }

            var next = t + 1;
            if (tokens[next].In(text) is "am")
            {
                next++;
            }
            else if (tokens[next].In(text) is "'" or "’" && tokens[next + 1].In(text) is "m")
            {
                next += 2;
            }
            else if (tokens[next].In(text) is "work" && tokens[next + 1].In(text) is "as")
            {
                next += 2;
            }
            else
            {
                continue;
            }

            if (next + 1 < tokens.Count && tokens[next].In(text) is "a" or "an" or "your" && TherapistEnd(analyzed, next + 1) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    // What makes a visit to the writer regular care: "every Wednesday", "each week", "from next week", "our sessions".
    private static readonly string[] Regularly = ["every", "each", "weekly", "fortnightly", "week", "weeks", "session", "sessions", "appointment", "appointments"];

    // What makes it a visit to a workplace or a talk: "come to see me at work", "to learn about my job", "in the hall".
    private static readonly string[] NotCare = ["work", "job", "hall", "class", "assembly", "office"];

    private const int VisitReach = 16;

    /// <summary>A word of regular sessions in the visit's sentence at t, and none of a workplace or a talk.</summary>
    private static bool IsRegularVisit(AnalyzedText analyzed, int t)
    {
        var (from, to) = analyzed.WindowInSentence(t, t, VisitReach);
        return WordLists.AnyIn(analyzed.Text, analyzed.Tokens, from, to, Regularly) && !WordLists.AnyIn(analyzed.Text, analyzed.Tokens, from, to, NotCare);
    }

    private static bool EndsVisit(AnalyzedText analyzed, int last)
    {
        var tokens = analyzed.Tokens;
        return last + 1 >= tokens.Count || analyzed.SentenceStarts[last + 1]
            || (tokens[last + 1].Kind == TokenKind.Punctuation && tokens[last + 1].In(analyzed.Text) is not ("'" or "’" or "-"))
            || WordLists.Contains(VisitEnds, tokens[last + 1].In(analyzed.Text));
    }

    /// <summary>
    /// "you can see a psychologist", or an "if" or "when" anywhere before the verb in its sentence ("if" or "unless" only
    /// before a meeting: "When I have my appointment with the psychologist, Mum waits outside" is every time).
    /// </summary>
    private static bool IsAdviceOrSupposition(AnalyzedText analyzed, int verb, bool meeting)
    {
        var tokens = analyzed.Tokens;
        var (start, _) = analyzed.WindowInSentence(verb, verb, SentenceReach);
        if (WordLists.AnyIn(analyzed.Text, tokens, start, verb - 1, meeting ? Conditions : Suppositions))
        {
            return true;
        }

        for (var t = Math.Max(start, verb - 3); t < verb - 1; t++)
        {
            if (tokens[t].In(analyzed.Text) is "you" or "You" && WordLists.Contains(AdviceModals, tokens[t + 1].In(analyzed.Text)))
            {
                return true;
            }
        }

        return false;
    }

    // How far back "if" or "when" is looked for in a long sentence ("if" that far off governs something else).
    private const int SentenceReach = 41;

    /// <summary>A person before the verb at t in its sentence, and no word that makes the visit anyone's.</summary>
    private static bool HasPersonBefore(AnalyzedText analyzed, int verb, Pets? pets)
    {
        var (from, _) = analyzed.WindowInSentence(verb, verb, SubjectReach);
        var person = false;
        for (var t = from; t < verb; t++)
        {
            if (WordLists.Contains(General, analyzed.Tokens[t].In(analyzed.Text)))
            {
                return false;
            }

            person |= Eyesight.IsPerson(analyzed, t, pets);
        }

        return person;
    }
}
