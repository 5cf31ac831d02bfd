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
/// <item>after a verb of seeing or visiting ("see", "visits", "goes to"), or an appointment or sessions "with" ("I have an
/// appointment with a psychologist"), and "the", "a" or an owner;</item>
/// <item>with a person before the verb in its sentence ("I", "he", "she", "you", "we", a name or a family word), and
/// nothing that makes it anyone's ("Some children see a speech therapist", "If you see the physio …");</item>
/// <item>not a character's or a pet's.</item>
/// </list>
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
            "again", "and", "to", "so", "when", "about", "now", "soon", "later", "there"];

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
        for (var t = 0; t + 2 < tokens.Count; t++)
        {
            var verb = tokens[t].In(text);
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
            else if (!WordLists.Contains(SeeVerbs, verb))
            {
                continue;
            }

            if (det + 1 >= tokens.Count || !WordLists.Contains(Determiners, tokens[det].In(text)))
            {
                continue;
            }

            var last = TherapistEnd(analyzed, det + 1);
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

    /// <summary>The last token of a therapist named at t ("physio", "speech therapist", "speech and language therapist"), or -1.</summary>
    private static int TherapistEnd(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var word = tokens[t].In(analyzed.Text);
        if (word is "OT" || (!word.Equals("ot", StringComparison.OrdinalIgnoreCase) && WordLists.Contains(Therapists, word)))
        {
            return t;
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
