using LlmSafety.Judge.Lexicons;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Features;

/// <summary>A run of tokens from one health word list ("glucagon", "peak flow meter"), for the health-word classifier.</summary>
internal readonly record struct HealthCandidate(int FirstToken, int LastToken, EntityType Type);

/// <summary>
/// Finds the words of the diagnosis, medication, therapy and device lists and describes each find by what surrounds
/// it: whose it is (possessives, attribution verbs, generic quantifiers such as "some kids"), the words and word kinds
/// next to it, where it sits in its sentence. The tagger learns health words inside the phrasings it was trained on;
/// a known drug or device in a sentence it never saw can score low there, while "she has taken glucagon since she was
/// five" and "some children take glucagon" differ in exactly these cues.
/// </summary>
internal static class HealthCandidates
{
    public const int Bits = TokenFeatureExtractor.Bits;

    private const LexiconKind Kinds = LexiconKind.Diagnosis | LexiconKind.Medication | LexiconKind.Device | LexiconKind.Treatment;

    public static List<HealthCandidate> Find(AnalyzedText analyzed)
    {
        var found = new List<HealthCandidate>();
        var tokens = analyzed.Tokens;
        var t = 0;
        while (t < tokens.Count)
        {
            var kinds = analyzed.Lexicons[t] & Kinds;
            if (kinds == LexiconKind.None || tokens[t].Kind == TokenKind.Punctuation || IsAcronymAsWord(analyzed, t))
            {
                t++;
                continue;
            }

            var last = t;
            while (last + 1 < tokens.Count && (analyzed.Lexicons[last + 1] & kinds) != 0
                && tokens[last + 1].Start - tokens[last].End <= 1)
            {
                last++;
                kinds &= analyzed.Lexicons[last];
            }

            // The run's type is the list all its words share: "insulin pump" is a device although "insulin" alone is a drug.
            found.Add(new HealthCandidate(t, last, TypeOf(kinds)));
            t = last + 1;
        }

        return found;
    }

    // "add" is the verb ("you might add photos", "I only add people I know") and "odd" the adjective ("the numbers go odd
    // on one side", "odd socks") unless written "ADD", "ODD" or said to be had: "i have add", "my add", "he has odd". Other
    // short acronyms ("cp", "cf", "ot") are no English word and keep their reading.
    private static readonly string[] HadBefore = ["have", "has", "had", "with", "my", "his", "her", "their", "your", "of"];

    // What may follow the condition "odd" had ("has odd and adhd", "with odd, so"): not a noun the adjective describes.
    private static readonly string[] AfterCondition = ["and", "or", "too", "as", "so", "but", "which", "that", "since", "because"];

    internal static bool IsAcronymAsWord(AnalyzedText analyzed, int t)
    {
        var text = analyzed.Text;
        var tokens = analyzed.Tokens;
        var word = tokens[t].In(text);
        var odd = word.Equals("odd", StringComparison.OrdinalIgnoreCase);
        if (odd && IsOddOrEven(analyzed, t))
        {
            // "an ODD or EVEN game", "odd and even numbers", "even or odd": numbers in any case.
            return true;
        }

        if (!(word.Equals("add", StringComparison.OrdinalIgnoreCase) || odd) || !word.ContainsAnyInRange('a', 'z'))
        {
            return false;
        }

        if (t == 0 || !WordLists.Contains(HadBefore, tokens[t - 1].In(text)))
        {
            return true;
        }

        // "has odd socks": a word after the adjective that it describes.
        return word[0] is 'o' or 'O' && t + 1 < tokens.Count && tokens[t + 1].Kind == TokenKind.Word && !WordLists.Contains(AfterCondition, tokens[t + 1].In(text));
    }

    private static bool IsOddOrEven(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        return (t + 2 < tokens.Count && tokens[t + 1].In(text) is "and" or "or" or "AND" or "OR" && tokens[t + 2].In(text).Equals("even", StringComparison.OrdinalIgnoreCase))
            || (t >= 2 && tokens[t - 1].In(text) is "and" or "or" or "AND" or "OR" && tokens[t - 2].In(text).Equals("even", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A word on several lists takes the most specific: a medication or device before a diagnosis or therapy.</summary>
    private static EntityType TypeOf(LexiconKind kinds) =>
        (kinds & LexiconKind.Medication) != 0 ? EntityType.Medication
        : (kinds & LexiconKind.Device) != 0 ? EntityType.Device
        : (kinds & LexiconKind.Diagnosis) != 0 ? EntityType.Diagnosis
        : EntityType.Treatment;

    /// <summary>The candidate's features; without <paramref name="words"/> no word identity is used (see NameCandidates).</summary>
    public static void AddFeatures(AnalyzedText analyzed, HealthCandidate candidate, List<int> f, bool words)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var length = tokens[candidate.LastToken].End - tokens[candidate.FirstToken].Start;
        f.Add(FeatureHasher.Hash(100, (int)candidate.Type, Math.Min(candidate.LastToken - candidate.FirstToken + 1, 4), Bits));
        f.Add(FeatureHasher.Hash(101, (int)(analyzed.Lexicons[candidate.FirstToken] & ~LexiconKind.CommonWord), Bits));
        f.Add(FeatureHasher.Hash(102, (analyzed.Lexicons[candidate.FirstToken] & LexiconKind.CommonWord) != 0 ? 1 : 0, Math.Min(length / 4, 5), Bits));
        f.Add(FeatureHasher.Hash(103, char.IsUpper(text[tokens[candidate.FirstToken].Start]) ? 1 : 0, analyzed.SentenceStarts[candidate.FirstToken] ? 1 : 0, Bits));
        if (words)
        {
            for (var t = candidate.FirstToken; t <= candidate.LastToken; t++)
            {
                f.Add(FeatureHasher.Hash(104, analyzed.WordCodes[t], Bits));
            }
        }

        // Whose is it: cues in the six tokens before, and the kinds and words right before and after.
        var cues = LexiconKind.None;
        var sentenceStart = candidate.FirstToken;
        while (sentenceStart > 0 && !analyzed.SentenceStarts[sentenceStart])
        {
            sentenceStart--;
        }

        for (var n = Math.Max(sentenceStart, candidate.FirstToken - 6); n < candidate.FirstToken; n++)
        {
            cues |= analyzed.Lexicons[n] & (LexiconKind.Possessive | LexiconKind.AttributionCue | LexiconKind.Provider);
            cues |= IsGenericCue(analyzed, n) ? LexiconKind.GenericCue : LexiconKind.None;
        }

        f.Add(FeatureHasher.Hash(105, (int)cues, Bits));
        for (var offset = 1; offset <= 3; offset++)
        {
            AddNeighbour(analyzed, candidate.FirstToken - offset, 110 + offset, f, words);
            AddNeighbour(analyzed, candidate.LastToken + offset, 120 + offset, f, words);
        }

        if (words && candidate.FirstToken >= 2)
        {
            f.Add(FeatureHasher.Hash(130, analyzed.WordCodes[candidate.FirstToken - 2], analyzed.WordCodes[candidate.FirstToken - 1], Bits));
        }

        if (words && candidate.LastToken + 2 < tokens.Count)
        {
            f.Add(FeatureHasher.Hash(131, analyzed.WordCodes[candidate.LastToken + 1], analyzed.WordCodes[candidate.LastToken + 2], Bits));
        }

        var generic = OpensOnGenericCue(analyzed, sentenceStart, Math.Min(tokens.Count, sentenceStart + 3));
        f.Add(FeatureHasher.Hash(132, generic ? 1 : 0, (int)candidate.Type, Bits));
    }

    /// <summary>
    /// A generic quantifier among tokens [first, end): a sentence about people in general ("Some kids", "Many people")
    /// rather than someone, when read over its first words.
    /// </summary>
    internal static bool OpensOnGenericCue(AnalyzedText analyzed, int first, int end)
    {
        for (var n = first; n < end; n++)
        {
            if (IsGenericCue(analyzed, n))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A generic cue word at n, unless it is said of the subject after "is", "am", "was" or "'s": "Mia is someone with
    /// epilepsy", "I am someone who uses a wheelchair" speak of one person.
    /// </summary>
    private static bool IsGenericCue(AnalyzedText analyzed, int n) =>
        (analyzed.Lexicons[n] & LexiconKind.GenericCue) != 0
        && !(n > 0 && analyzed.Tokens[n - 1].In(analyzed.Text) is "is" or "am" or "was" or "s" or "Is" or "Am" or "Was");

    private static void AddNeighbour(AnalyzedText analyzed, int n, int template, List<int> f, bool words)
    {
        if (n < 0 || n >= analyzed.Tokens.Count)
        {
            f.Add(FeatureHasher.Hash(template, -1, Bits));
            return;
        }

        f.Add(FeatureHasher.Hash(template, (int)(analyzed.Lexicons[n] & ~LexiconKind.CommonWord), analyzed.Shapes[n], Bits));
        if (words)
        {
            f.Add(FeatureHasher.Hash(template + 50, analyzed.WordCodes[n], Bits));
        }
    }
}
