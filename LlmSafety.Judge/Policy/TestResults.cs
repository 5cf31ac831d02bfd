using System.Buffers;
using LlmSafety.Judge.Features;
using LlmSafety.Judge.Scoring;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Policy;

/// <summary>
/// A medical test and what it found, told without naming the condition: "an echo that showed a leaky valve", "a
/// skin-prick test that swelled to 15 millimetres", "a cough swab that grew pseudomonas", "X-rays that showed a hip
/// slipping out of place". A test result is health information; the design lists it beside diagnoses. It counts only:
/// <list type="bullet">
/// <item>for a test of the body by name (an echo, X-ray, scan, MRI, EEG, swab, ultrasound; a blood, allergy, skin-prick,
/// hearing or sweat test), not a spelling test;</item>
/// <item>with "that" or "which" and a verb of finding in the past right after it ("showed", "found", "grew", "swelled"):
/// "An X-ray shows your bones" teaches how a test works;</item>
/// <item>for a scan, an echo, an X-ray or a swab, with a part of the body, a word of illness or a result in what it
/// found ("a scan that found my lost ring", "an echo that came back", "a swab that grew fuzzy mould" are none), and not
/// the calming "body scan";</item>
/// <item>with a person in its sentence ("I", "my", "her", a name), no luggage, an airport or security (a bag's X-ray),
/// and not of people in general, a character or a pet (<see cref="OthersCare"/>).</item>
/// </list>
/// The span runs from the test to the end of what it found, at most six words on, within the sentence.
/// </summary>
internal static class TestResults
{
    public const string Source = "rule:test-result";

    private const double Score = 0.85;

    private static readonly string[] Tests = ["echo", "echocardiogram", "xray", "xrays", "ray", "rays", "scan", "scans", "mri", "eeg", "ecg", "ekg", "swab", "swabs", "ultrasound", "biopsy"];

    // "test" counts only after a word of the body's tests: "a blood test", "the skin-prick test".
    private static readonly string[] TestKinds = ["blood", "allergy", "prick", "hearing", "sweat", "urine", "genetic", "sleep", "heart", "lung", "breathing"];

    private static readonly string[] TestNouns = ["test", "tests", "study"];

    private static readonly string[] Relatives = ["that", "which"];

    private static readonly string[] Found = ["showed", "found", "grew", "swelled", "revealed", "confirmed", "detected", "proved"];

    private static readonly SearchValues<string> FoundWords = SearchValues.Create(Found, StringComparison.OrdinalIgnoreCase);

    private static readonly string[] Persons = ["i", "my", "me", "he", "his", "him", "she", "her", "you", "your"];

    private static readonly string[] Luggage = ["bag", "bags", "luggage", "suitcase", "suitcases", "airport", "security", "backpack", "parcel"];

    // How far after the verb what was found may run: "a hip slipping out of place".
    private const int FoundReach = 6;

    private const int SentenceWindow = 24;

    public static void Add(AnalyzedText analyzed, List<CandidateEntity> entities, Pets? pets)
    {
        // Most stories tell no finding: one search of the text for the verbs, then nothing more.
        var text = analyzed.Text;
        if (text.AsSpan().IndexOfAny(FoundWords) < 0)
        {
            return;
        }

        var tokens = analyzed.Tokens;
        List<CandidateEntity>? added = null;
        OrderedOverlaps? existing = null;
        for (var t = 1; t + 2 < tokens.Count; t++)
        {
            if (tokens[t].Kind != TokenKind.Word || !WordLists.Contains(Relatives, tokens[t].In(text)) || !IsTest(analyzed, t - 1)
                || !WordLists.Contains(Found, tokens[t + 1].In(text)) || analyzed.SentenceStarts[t + 1])
            {
                continue;
            }

            var first = FirstOfTest(analyzed, t - 1);
            var (from, to) = analyzed.WindowInSentence(first, t + 1, SentenceWindow);
            if ((!WordLists.AnyIn(text, tokens, from, to, Persons) && !HasName(analyzed, from, first)) || WordLists.AnyIn(text, tokens, from, to, Luggage))
            {
                continue;
            }

            var last = t + 1;
            for (var k = t + 2; k <= t + 1 + FoundReach && k < tokens.Count && !analyzed.SentenceStarts[k] && tokens[k].Kind == TokenKind.Word; k++)
            {
                last = k;
            }

            // "The vet did an X-ray that showed Kongi's sore hip" is the pet's; a character's is theirs; what a scan, an
            // echo or a swab found counts only as the body's ("a scan that found my lost ring", "an echo that came back").
            if (OthersCare.IsOthers(analyzed, first, last, EntityType.Diagnosis, pets)
                || (!IsNamedTest(analyzed, t - 1) && !HasBodyFinding(analyzed, t + 2, last)) || IsBodyScanExercise(analyzed, t - 1))
            {
                continue;
            }

            OrderedOverlaps.AddUnlessOverlapping(
                entities, ref existing, ref added, new CandidateEntity(EntityType.Diagnosis, tokens[first].Start, tokens[last].End, Score, Source));
            t = last;
        }

        if (added is not null)
        {
            entities.AddRange(added);
        }
    }

    // Tests that are of the body by their name alone: an MRI, an EEG, a blood test (not a scan, an echo or a swab, which
    // may be a barcode's, a sound's or a science lesson's).
    private static readonly string[] BodyTests = ["mri", "eeg", "ecg", "ekg", "echocardiogram", "biopsy", "test", "tests", "study"];

    // What a scan, an echo, an X-ray or a swab may find of the body: a part of it, a word of illness or a result.
    private static readonly string[] BodyFindings =
    [
        "heart", "valve", "hip", "hips", "chest", "lung", "lungs", "brain", "kidney", "kidneys", "bone", "bones", "wrist", "arm", "leg", "knee",
        "ankle", "spine", "tummy", "stomach", "bladder", "blood", "iron", "sugar", "infection", "crack",
        "break", "broken", "fracture", "lump", "cyst", "hole", "leaky", "slipping", "weak", "weaker", "low", "high", "pseudomonas", "mrsa", "strep",
    ];

    private static bool IsNamedTest(AnalyzedText analyzed, int t) => WordLists.Contains(BodyTests, analyzed.Tokens[t].In(analyzed.Text));

    private static bool HasBodyFinding(AnalyzedText analyzed, int from, int last) =>
        from <= last && (WordLists.AnyIn(analyzed.Text, analyzed.Tokens, from, last, BodyFindings) || HasHealthWord(analyzed, from, last));

    private static bool HasHealthWord(AnalyzedText analyzed, int from, int last)
    {
        for (var t = from; t <= last; t++)
        {
            if ((analyzed.Lexicons[t] & Lexicons.LexiconSet.HealthKinds) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // Scans of no body: "a body scan" (the calming exercise), "a virus scan", "a barcode scan".
    private static readonly string[] OtherScans = ["body", "virus", "barcode", "price", "security", "metal", "computer", "science", "school"];

    /// <summary>"a body scan that found my hands were squeezed tight", "a virus scan that found a bug on my tablet".</summary>
    private static bool IsBodyScanExercise(AnalyzedText analyzed, int t) => t >= 1 && WordLists.Contains(OtherScans, analyzed.Tokens[t - 1].In(analyzed.Text));

    /// <summary>A test of the body ends at t: "echo", "X-rays", "scan", or "test" after "blood", "skin-prick", "hearing".</summary>
    private static bool IsTest(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var word = tokens[t].In(analyzed.Text);
        if (tokens[t].Kind != TokenKind.Word)
        {
            return false;
        }

        if (WordLists.Contains(Tests, word))
        {
            // "rays" only of "X-rays".
            return word is not ("ray" or "rays" or "Ray" or "Rays") || (t >= 2 && tokens[t - 1].In(analyzed.Text) is "-" && tokens[t - 2].In(analyzed.Text) is "X" or "x");
        }

        return WordLists.Contains(TestNouns, word) && t >= 1
            && (WordLists.Contains(TestKinds, tokens[t - 1].In(analyzed.Text))
                || (t >= 2 && tokens[t - 1].In(analyzed.Text) is "-" && WordLists.Contains(TestKinds, tokens[t - 2].In(analyzed.Text))));
    }

    // Words a test's name may open on: "a cough swab", "a skin-prick test", "a chest X-ray".
    private static readonly string[] TestWords =
        ["cough", "throat", "nose", "skin", "chest", "hip", "heart", "brain", "kidney", "special", "big", "new", "first", "last", .. TestKinds];

    private static readonly string[] Articles = ["a", "an", "the"];

    /// <summary>Where the test's words start: "an echo", "X-rays", "a skin-prick test", "a cough swab" (up to three words and an article).</summary>
    private static int FirstOfTest(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var first = t;
        // "X-rays": the capital X opens it.
        if (first >= 2 && tokens[first - 1].In(analyzed.Text) is "-" && tokens[first - 2].In(analyzed.Text) is "X" or "x")
        {
            first -= 2;
        }

        while (first > 0 && t - first < 4 && !analyzed.SentenceStarts[first]
            && (tokens[first - 1].In(analyzed.Text) is "-" || WordLists.Contains(TestWords, tokens[first - 1].In(analyzed.Text))))
        {
            first--;
        }

        return first > 0 && !analyzed.SentenceStarts[first] && WordLists.Contains(Articles, tokens[first - 1].In(analyzed.Text)) ? first - 1 : first;
    }

    /// <summary>A capitalised word that is no ordinary word between from and before: a name ("Zofia had an echo …").</summary>
    private static bool HasName(AnalyzedText analyzed, int from, int before)
    {
        for (var t = from; t < before; t++)
        {
            if (analyzed.IsCapitalisedWord(t, minLength: 2) && !analyzed.SentenceStarts[t]
                && (analyzed.Lexicons[t] & (Lexicons.LexiconKind.CommonWord | Lexicons.LexiconKind.FunctionWord)) == 0)
            {
                return true;
            }
        }

        return analyzed.IsCapitalisedWord(from, minLength: 2) && (analyzed.Lexicons[from] & (Lexicons.LexiconKind.CommonWord | Lexicons.LexiconKind.FunctionWord)) == 0;
    }
}
