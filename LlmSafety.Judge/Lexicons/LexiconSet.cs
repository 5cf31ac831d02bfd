using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Lexicons;

/// <summary>
/// The judge's word lists (embedded resources) and a matcher that marks every token with the lists it belongs to,
/// including multi-word entries ("cerebral palsy", "speech therapy"), in one pass over the tokens.
/// </summary>
public sealed class LexiconSet
{
    public const LexiconKind HealthKinds =
        LexiconKind.Diagnosis | LexiconKind.Medication | LexiconKind.Treatment | LexiconKind.Device | LexiconKind.Provider;

    private static readonly (string Resource, LexiconKind Kind)[] Sources =
    [
        ("first-names.txt", LexiconKind.FirstName),
        ("surnames.txt", LexiconKind.Surname),
        ("titles.txt", LexiconKind.Title),
        ("diagnoses.txt", LexiconKind.Diagnosis),
        ("medications.txt", LexiconKind.Medication),
        ("treatments.txt", LexiconKind.Treatment),
        ("devices.txt", LexiconKind.Device),
        ("providers.txt", LexiconKind.Provider),
        ("organization-suffixes.txt", LexiconKind.OrganizationSuffix),
        ("street-suffixes.txt", LexiconKind.StreetSuffix),
        ("possessives.txt", LexiconKind.Possessive),
        ("attribution-cues.txt", LexiconKind.AttributionCue),
        ("generic-cues.txt", LexiconKind.GenericCue),
        ("calendar-words.txt", LexiconKind.CalendarWord),
        ("well-known-names.txt", LexiconKind.WellKnownName),
        ("function-words.txt", LexiconKind.FunctionWord),
        ("common-words.txt", LexiconKind.CommonWord),
        ("british-words.txt", LexiconKind.CommonWord),
        ("everyday-words.txt", LexiconKind.CommonWord),
        ("place-words.txt", LexiconKind.PlaceWord),
        ("place-names.txt", LexiconKind.PlaceWord),
        ("body-words.txt", LexiconKind.BodyWord),
        ("kin-words.txt", LexiconKind.KinWord),
    ];

    private readonly Dictionary<string, LexiconKind> _singleWords;
    private readonly Dictionary<string, List<(string[] Words, LexiconKind Kind)>> _phrasesByFirstWord;

    private LexiconSet(Dictionary<string, LexiconKind> singleWords, Dictionary<string, List<(string[], LexiconKind)>> phrases)
    {
        _singleWords = singleWords;
        _phrasesByFirstWord = phrases;
    }

    public static LexiconSet Default { get; } = LoadEmbedded();

    /// <summary>All entries of one list, as written in the resource (used by the keyword baseline).</summary>
    public static IReadOnlyList<string> Entries(LexiconKind kind)
    {
        var source = Sources.First(s => s.Kind == kind);
        return ReadResource(source.Resource);
    }

    public LexiconKind[] Match(string text, List<Token> tokens)
    {
        var kinds = new LexiconKind[tokens.Count];
        var singleLookup = _singleWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var phraseLookup = _phrasesByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = 0; t < tokens.Count; t++)
        {
            var word = tokens[t].In(text);
            if (singleLookup.TryGetValue(word, out var kind))
            {
                kinds[t] |= kind;
            }

            if (IsAfterIrishOrItalianPrefix(text, tokens, t))
            {
                // "Connor" of "O'Connor", "Angelo" of "D'Angelo": a surname whatever else the word is.
                kinds[t] |= LexiconKind.Surname;
            }

            MatchHyphenedWord(singleLookup, text, tokens, t, kinds);
            if (phraseLookup.TryGetValue(word, out var phrases))
            {
                MatchPhrases(singleLookup, text, tokens, t, phrases, kinds, firstWordSwapped: false);
                MatchHyphenedPhrases(text, tokens, t, phrases, kinds);
                continue;
            }

            if (kinds[t] == LexiconKind.None && (IsTransposedCommonWord(singleLookup, word) || IsCompoundOfCommonWords(singleLookup, word)))
            {
                kinds[t] = LexiconKind.CommonWord;
            }
            else if (kinds[t] == LexiconKind.None && IsMacSurname(word))
            {
                kinds[t] = LexiconKind.Surname;
            }
            else if (kinds[t] == LexiconKind.None && word.Length >= MinSwappedLength && char.IsUpper(word[0]))
            {
                MatchSwappedFirstWord(singleLookup, phraseLookup, text, tokens, t, kinds);
            }
        }

        return kinds;
    }

    /// <summary>
    /// Token t is a capitalised word joined by an apostrophe to a capital "O" or "D" before it ("O'Connor", "D'Souza"),
    /// and the letter stands alone (not the end of a word: "HALLO'S").
    /// </summary>
    private static bool IsAfterIrishOrItalianPrefix(string text, List<Token> tokens, int t) =>
        t >= 2 && Tokenizer.IsCapitalJoinedByApostrophe(text, tokens, t - 2) && text[tokens[t - 2].Start] is 'O' or 'D';

    // Brands built like a Scottish or Irish surname.
    private static readonly string[] MacBrands =
        ["macbook", "macbooks", "mcflurry", "mcnuggets", "mcnugget", "mcchicken", "mccafe", "mcmuffin", "mcrib", "mcdonalds", "macpro"];

    /// <summary>
    /// "MacLeod", "McAllister", "MacLean": "Mac" or "Mc" and a capitalised rest is a Scottish or Irish surname, however
    /// many of them the list lacks; not a brand built the same way ("MacBook", "McFlurry").
    /// </summary>
    private static bool IsMacSurname(ReadOnlySpan<char> word)
    {
        var prefix = word.StartsWith("Mac", StringComparison.Ordinal) ? 3 : word.StartsWith("Mc", StringComparison.Ordinal) ? 2 : 0;
        if (prefix == 0 || word.Length < prefix + 3 || !char.IsUpper(word[prefix]))
        {
            return false;
        }

        foreach (var c in word[(prefix + 1)..])
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return !WordLists.Contains(MacBrands, word);
    }

    // A well-known name is matched with one pair of neighbouring letters swapped in one word of five letters or more
    // ("Paddingotn Bear", "Luke Sykwalker"): a typo does not turn a character into a private person. Only names of two
    // words or more, the others written right, so a one-word surname never matches by accident.
    private const int MinSwappedLength = 5;

    /// <summary>Token t + 1 is a hyphen joining token t to token t + 2 with no space: "hearing-aid", "wheel-chair".</summary>
    private static bool IsHyphenJoin(string text, List<Token> tokens, int t) =>
        t + 2 < tokens.Count && tokens[t + 1].End - tokens[t + 1].Start == 1 && text[tokens[t + 1].Start] == '-'
        && tokens[t + 1].Start == tokens[t].End && tokens[t + 2].Start == tokens[t + 1].End && tokens[t + 2].Kind == TokenKind.Word;

    /// <summary>
    /// A health phrase written with hyphens between its words: "my hearing-aid", "her insulin-pump". The words and the
    /// hyphens between them take the phrase's list; well-known names are matched as written.
    /// </summary>
    private static void MatchHyphenedPhrases(string text, List<Token> tokens, int t, List<(string[] Words, LexiconKind Kind)> phrases, LexiconKind[] kinds)
    {
        if (!IsHyphenJoin(text, tokens, t))
        {
            return;
        }

        foreach (var (words, phraseKind) in phrases)
        {
            if ((phraseKind & HealthKinds) == 0 || t + (2 * words.Length) - 1 > tokens.Count)
            {
                continue;
            }

            var matches = true;
            for (var w = 1; w < words.Length && matches; w++)
            {
                matches = IsHyphenJoin(text, tokens, t + (2 * w) - 2) && tokens[t + (2 * w)].In(text).Equals(words[w], StringComparison.OrdinalIgnoreCase);
            }

            if (matches)
            {
                for (var k = t; k <= t + (2 * words.Length) - 2; k++)
                {
                    kinds[k] |= phraseKind;
                }
            }
        }
    }

    /// <summary>
    /// A health word of one word written in two halves with a hyphen: "wheel-chair", "in-haler". The halves (of two
    /// letters or more) and the hyphen take the word's list.
    /// </summary>
    private static void MatchHyphenedWord(
        Dictionary<string, LexiconKind>.AlternateLookup<ReadOnlySpan<char>> singleLookup, string text, List<Token> tokens, int t, LexiconKind[] kinds)
    {
        // Halves of two letters or more: "D-O-T-T-Y" spells a name out, and "T-Y" is no word.
        if (!IsHyphenJoin(text, tokens, t) || tokens[t].End - tokens[t].Start < 2 || tokens[t + 2].End - tokens[t + 2].Start < 2
            || tokens[t].End - tokens[t].Start + tokens[t + 2].End - tokens[t + 2].Start > MaxJoinedLength)
        {
            return;
        }

        Span<char> joined = stackalloc char[MaxJoinedLength];
        var first = tokens[t].In(text);
        var second = tokens[t + 2].In(text);
        first.CopyTo(joined);
        second.CopyTo(joined[first.Length..]);
        if (singleLookup.TryGetValue(joined[..(first.Length + second.Length)], out var kind) && (kind & HealthKinds) != 0)
        {
            kinds[t] |= kind & HealthKinds;
            kinds[t + 1] |= kind & HealthKinds;
            kinds[t + 2] |= kind & HealthKinds;
        }
    }

    private const int MaxJoinedLength = 40;

    private static void MatchPhrases(
        Dictionary<string, LexiconKind>.AlternateLookup<ReadOnlySpan<char>> singleLookup,
        string text, List<Token> tokens, int t, List<(string[] Words, LexiconKind Kind)> phrases, LexiconKind[] kinds, bool firstWordSwapped)
    {
        foreach (var (words, phraseKind) in phrases)
        {
            var wellKnown = phraseKind == LexiconKind.WellKnownName;
            if (t + words.Length > tokens.Count || (firstWordSwapped && !wellKnown))
            {
                continue;
            }

            var swaps = wellKnown && !firstWordSwapped ? 1 : 0;
            var matches = true;
            for (var w = 1; w < words.Length && matches; w++)
            {
                var token = tokens[t + w].In(text);
                matches = token.Equals(words[w], StringComparison.OrdinalIgnoreCase);
                if (!matches && swaps > 0 && token.Length >= MinSwappedLength && IsOneSwapApart(token, words[w]) && IsUnknownWord(singleLookup, token))
                {
                    swaps--;
                    matches = true;
                }
            }

            if (matches)
            {
                for (var w = 0; w < words.Length; w++)
                {
                    kinds[t + w] |= phraseKind;
                }
            }
        }
    }

    /// <summary>"Paddingotn" of "Paddingotn Bear": the first word of a well-known name with two neighbouring letters swapped.</summary>
    private static void MatchSwappedFirstWord(
        Dictionary<string, LexiconKind>.AlternateLookup<ReadOnlySpan<char>> singleLookup,
        Dictionary<string, List<(string[] Words, LexiconKind Kind)>>.AlternateLookup<ReadOnlySpan<char>> phraseLookup,
        string text, List<Token> tokens, int t, LexiconKind[] kinds)
    {
        var word = tokens[t].In(text);
        if (word.Length > 24 || !IsUnknownWord(singleLookup, word))
        {
            return;
        }

        Span<char> swapped = stackalloc char[word.Length];
        for (var i = 0; i + 1 < word.Length; i++)
        {
            if (TrySwapAt(word, swapped, i) && phraseLookup.TryGetValue(swapped, out var phrases))
            {
                MatchPhrases(singleLookup, text, tokens, t, phrases, kinds, firstWordSwapped: true);
            }
        }
    }

    /// <summary>
    /// The word with its letters at i and i + 1 swapped, written into <paramref name="swapped"/>; false, and nothing
    /// written, when no typo swaps them (two equal letters, or a digit).
    /// </summary>
    private static bool TrySwapAt(ReadOnlySpan<char> word, Span<char> swapped, int i)
    {
        if (word[i] == word[i + 1] || !char.IsLetter(word[i]) || !char.IsLetter(word[i + 1]))
        {
            return false;
        }

        word.CopyTo(swapped);
        (swapped[i], swapped[i + 1]) = (swapped[i + 1], swapped[i]);
        return true;
    }

    /// <summary>
    /// A typo is a word no list knows: "Monte" of "Claude Monte" is a name of its own, not "Monet" misspelt.
    /// </summary>
    private static bool IsUnknownWord(Dictionary<string, LexiconKind>.AlternateLookup<ReadOnlySpan<char>> singleLookup, ReadOnlySpan<char> word) =>
        !singleLookup.ContainsKey(word) && !GivenNames.Contains(word);

    /// <summary>The two words are the same but for one pair of neighbouring letters swapped (case aside).</summary>
    private static bool IsOneSwapApart(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        var i = 0;
        while (i < a.Length && char.ToLowerInvariant(a[i]) == char.ToLowerInvariant(b[i]))
        {
            i++;
        }

        return i + 1 < a.Length && char.ToLowerInvariant(a[i]) == char.ToLowerInvariant(b[i + 1]) && char.ToLowerInvariant(a[i + 1]) == char.ToLowerInvariant(b[i])
            && a[(i + 2)..].Equals(b[(i + 2)..], StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "mgiht", "smlal", "yuor": a lower-case word no list knows that becomes an ordinary English word when two letters
    /// next to each other swap places is a typo of that word, not a drug or a name nobody listed.
    /// </summary>
    private static bool IsTransposedCommonWord(Dictionary<string, LexiconKind>.AlternateLookup<ReadOnlySpan<char>> lookup, ReadOnlySpan<char> word)
    {
        if (word.Length is < 4 or > 24 || !char.IsLower(word[0]))
        {
            return false;
        }

        Span<char> swapped = stackalloc char[word.Length];
        for (var i = 0; i + 1 < word.Length; i++)
        {
            if (TrySwapAt(word, swapped, i) && lookup.TryGetValue(swapped, out var kinds) && (kinds & LexiconKind.CommonWord) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "lunchbox", "bathtime": a lower-case word no list knows that is two ordinary English words of three letters or
    /// more written together is an ordinary word too.
    /// </summary>
    private static bool IsCompoundOfCommonWords(Dictionary<string, LexiconKind>.AlternateLookup<ReadOnlySpan<char>> lookup, ReadOnlySpan<char> word)
    {
        if (word.Length is < 6 or > 24 || !char.IsLower(word[0]))
        {
            return false;
        }

        for (var split = 3; split <= word.Length - 3; split++)
        {
            if (lookup.TryGetValue(word[..split], out var head) && (head & LexiconKind.CommonWord) != 0
                && lookup.TryGetValue(word[split..], out var tail) && (tail & LexiconKind.CommonWord) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Tdoay", "Spotrs": a word in any case that no list knows and that becomes an ordinary English word when two letters
    /// next to each other swap places (the name rules ask it of a capitalised word; the lists' own match leaves
    /// capitalised words alone, as the tagger was trained). With <paramref name="unless"/> the ordinary word must be of
    /// none of those lists ("bepes" is "beeps"; "csat" as "cast" is a word of care).
    /// </summary>
    public bool IsTypoOfCommonWord(ReadOnlySpan<char> word, LexiconKind unless = LexiconKind.None)
    {
        if (word.Length is < 4 or > 24 || KindsOf(word) != LexiconKind.None)
        {
            return false;
        }

        var lookup = _singleWords.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> swapped = stackalloc char[word.Length];
        for (var i = 0; i + 1 < word.Length; i++)
        {
            if (TrySwapAt(word, swapped, i) && lookup.TryGetValue(swapped, out var kinds) && (kinds & LexiconKind.CommonWord) != 0 && (kinds & unless) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The lists one word belongs to, as a single word or as the first word of a phrase ("spina" of "spina bifida");
    /// case-insensitive. Normalisation asks it whether a leetspeak token spells a known word.
    /// </summary>
    public LexiconKind KindsOf(ReadOnlySpan<char> word)
    {
        var kinds = _singleWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var single) ? single : LexiconKind.None;
        if (_phrasesByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var phrases))
        {
            foreach (var (_, kind) in phrases)
            {
                kinds |= kind;
            }
        }

        return kinds;
    }

    private static LexiconSet LoadEmbedded()
    {
        var singles = new Dictionary<string, LexiconKind>(StringComparer.OrdinalIgnoreCase);
        var phrases = new Dictionary<string, List<(string[], LexiconKind)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (resource, kind) in Sources)
        {
            foreach (var entry in ReadResource(resource))
            {
                var tokens = Tokenizer.Tokenize(entry);
                if (tokens.Count == 1)
                {
                    singles[entry] = singles.GetValueOrDefault(entry) | kind;
                    continue;
                }

                var words = tokens.Select(token => entry[token.Start..token.End]).ToArray();
                if (!phrases.TryGetValue(words[0], out var list))
                {
                    list = [];
                    phrases[words[0]] = list;
                }

                list.Add((words, kind));
            }
        }

        return new LexiconSet(singles, phrases);
    }

    internal static Stream OpenResource(string name)
    {
        var assembly = typeof(LexiconSet).Assembly;
        return assembly.GetManifestResourceStream($"LlmSafety.Judge.Lexicons.Data.{name}")
            ?? throw new InvalidOperationException($"Lexicon resource {name} is missing from {assembly.GetName().Name}.");
    }

    internal static List<string> ReadResource(string name)
    {
        using var stream = OpenResource(name);
        using var reader = new StreamReader(stream);
        var entries = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                entries.Add(FoldAccents(line.Trim()));
            }
        }

        return entries;
    }

    /// <summary>
    /// "chloé" as "chloe", "école" as "ecole": the judge matches words on normalised text, where accents are folded
    /// away, so an entry is folded the same way or it would never match.
    /// </summary>
    private static string FoldAccents(string entry) => System.Text.Ascii.IsValid(entry) ? entry : Normalization.TextNormalizer.FoldEntry(entry);
}
