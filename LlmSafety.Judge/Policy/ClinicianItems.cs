using System.Buffers;
using LlmSafety.Judge.Features;
using LlmSafety.Judge.Lexicons;
using LlmSafety.Judge.Scoring;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Policy;

/// <summary>
/// A thing a specialist gave the child for a condition, named by where it came from rather than by a health word: "my
/// fidget cushion from the therapist", "ear defenders prescribed by the therapist", "a tic diary from the neurologist".
/// Seeing a therapist or a neurologist is care for a condition, so what they gave is a DEVICE of it. It counts only:
/// <list type="bullet">
/// <item>after "from", "prescribed by", "given by" or "recommended by" and a specialist (a therapist, a neurologist,
/// a psychologist, an audiologist, a physio …), not a doctor or a dentist of routine care;</item>
/// <item>for a thing a specialist gives for a condition (a cushion, a weighted vest, a chew, ear defenders, a diary of
/// tics; not "a visit", "a worksheet", "a story" or "a sticker from the therapist");</item>
/// <item>when it is someone's ("my …", or "I", "he", "she", "you" opening the sentence), the specialist is no visitor
/// ("the psychologist who came to our school") and it is not said of people in general, a character or a pet.</item>
/// </list>
/// The span runs from the thing (its article or owner and at most two words before it) to the specialist.
/// </summary>
internal static class ClinicianItems
{
    public const string Source = "rule:clinician-item";

    private const double Score = 0.85;

    private static readonly string[] Specialists =
    [
        "therapist", "therapists", "neurologist", "psychologist", "psychiatrist", "audiologist", "physio", "physiotherapist", "ot",
        "cardiologist", "allergist", "dietitian", "dietician", "endocrinologist", "orthotist", "neurologists", "psychologists",
    ];

    private static readonly SearchValues<string> SpecialistStems =
        SearchValues.Create(["therap", "ologist", "physio", " OT", "dieti", "allergist", "orthotist"], StringComparison.OrdinalIgnoreCase);

    // What may stand between "from" and the specialist: "from the therapist", "from my speech therapist".
    private static readonly string[] SpecialistOpeners = ["the", "my", "his", "her", "your", "our", "their", "speech", "occupational", "physical", "sleep"];

    private static readonly string[] ByVerbs = ["prescribed", "given", "recommended", "made", "chosen"];

    // What a specialist gives a child to use for a condition: a seat, a weight, a chew, ear defenders, a diary of tics.
    private static readonly string[] Items =
    [
        "cushion", "cushions", "chair", "seat", "wedge", "vest", "blanket", "diary", "timer", "chew", "chewy", "chewies", "defenders", "headphones",
        "earplugs", "splint", "splints", "insoles", "brace", "band", "bands", "schedule", "board", "fidget", "fidgets", "weights", "pencil", "grip",
        "grips", "stool", "lap", "pad", "kit", "toolkit", "toolbox", "bottle",
    ];

    private static readonly string[] Possessives = ["my", "his", "her", "your", "their"];

    private static readonly string[] Subjects = ["i", "he", "she", "you"];

    // "the therapist who visited our class", "the psychologist who came to our school", "the physio who lives next door".
    private static readonly string[] VisitVerbs = ["visited", "visits", "came", "comes", "lives", "talked", "spoke", "gave"];

    private static bool IsVisitor(AnalyzedText analyzed, int specialist) =>
        specialist + 2 < analyzed.Tokens.Count && analyzed.Tokens[specialist + 1].In(analyzed.Text) is "who" or "that"
        && WordLists.Contains(VisitVerbs, analyzed.Tokens[specialist + 2].In(analyzed.Text));

    // Words a thing's name is never made of: "wears", "uses", "brings" (verbs before it).
    private static readonly string[] Verbs =
        ["use", "uses", "used", "wear", "wears", "wore", "keep", "keeps", "kept", "bring", "brings", "brought", "got", "gets", "get", "has", "have", "had", "sit", "sits", "try", "tries"];

    private static readonly string[] Owners = ["a", "an", "the", "my", "his", "her", "your", "our", "their", "some"];

    private const int SentenceWindow = 24;

    public static void Add(AnalyzedText analyzed, List<CandidateEntity> entities, Pets? pets)
    {
        // Most stories name no specialist: one search of the text, then nothing more.
        var text = analyzed.Text;
        if (text.AsSpan().IndexOfAny(SpecialistStems) < 0)
        {
            return;
        }

        var tokens = analyzed.Tokens;
        List<CandidateEntity>? added = null;
        OrderedOverlaps? existing = null;
        for (var t = 1; t + 2 < tokens.Count; t++)
        {
            var word = tokens[t].In(text);
            var by = word is "by" && WordLists.Contains(ByVerbs, tokens[t - 1].In(text));
            if (word is not "from" && !by)
            {
                continue;
            }

            var specialist = SpecialistAfter(analyzed, t + 1);
            var head = by ? t - 2 : t - 1;
            if (specialist < 0 || head < 0 || tokens[head].Kind != TokenKind.Word || analyzed.SentenceStarts[head + 1]
                || !WordLists.Contains(Items, tokens[head].In(text)) || IsVisitor(analyzed, specialist))
            {
                continue;
            }

            var first = head;
            while (first > 0 && head - first < 2 && !analyzed.SentenceStarts[first] && IsThing(analyzed, first - 1))
            {
                first--;
            }

            if (first > 0 && !analyzed.SentenceStarts[first] && WordLists.Contains(Owners, tokens[first - 1].In(text)))
            {
                first--;
            }

            // Someone's own: "my fidget cushion from …", or "I", "he", "she", "you" opening the sentence ("She keeps a tic
            // diary from …"); not "A wobble cushion from the OT can help a child", nor of people in general, a character or
            // a pet.
            var (from, to) = analyzed.WindowInSentence(first, specialist, SentenceWindow);
            while (from < first && tokens[from].Kind != TokenKind.Word)
            {
                from++;
            }

            if (!(WordLists.Contains(Possessives, tokens[first].In(text)) || WordLists.Contains(Subjects, tokens[from].In(text)))
                || OthersCare.IsOthers(analyzed, first, specialist, EntityType.Device, pets))
            {
                continue;
            }

            OrderedOverlaps.AddUnlessOverlapping(
                entities, ref existing, ref added, new CandidateEntity(EntityType.Device, tokens[first].Start, tokens[specialist].End, Score, Source));
            t = specialist;
        }

        if (added is not null)
        {
            entities.AddRange(added);
        }
    }

    /// <summary>The specialist's token after "from" or "by" at from ("the speech therapist"); -1 for none.</summary>
    private static int SpecialistAfter(AnalyzedText analyzed, int from)
    {
        for (var t = from; t < analyzed.Tokens.Count && t <= from + 2 && !analyzed.SentenceStarts[t]; t++)
        {
            var word = analyzed.Tokens[t].In(analyzed.Text);
            if (WordLists.Contains(Specialists, word) && (word is not ("ot" or "OT") || char.IsUpper(word[0])))
            {
                // Not "a picture from the therapist's book".
                return t + 1 < analyzed.Tokens.Count && analyzed.Tokens[t + 1].In(analyzed.Text) is "'" or "’" ? -1 : t;
            }

            if (!WordLists.Contains(SpecialistOpeners, word))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>A lower-case word of a thing's name: no function word, verb or health-free role ("fidget", "cushion", "defenders").</summary>
    private static bool IsThing(AnalyzedText analyzed, int t)
    {
        var token = analyzed.Tokens[t];
        var word = token.In(analyzed.Text);
        return token.Kind == TokenKind.Word && char.IsLower(word[0]) && (analyzed.Lexicons[t] & (LexiconKind.FunctionWord | LexiconKind.Possessive)) == 0
            && !WordLists.Contains(Verbs, word) && !WordLists.Contains(Owners, word);
    }
}
