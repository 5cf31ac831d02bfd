using LlmSafety.Judge.Lexicons;
using LlmSafety.Judge.Normalization;
using LlmSafety.Judge.Policy;
using LlmSafety.Judge.Recognizers;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Features;

/// <summary>Everything the models read about one text: normalised form, tokens, lexicon marks and recognizer finds.</summary>
public sealed class AnalyzedText
{
    private AnalyzedText(
        NormalizedText normalized, List<Token> tokens, bool[] sentenceStarts, LexiconKind[] lexicons,
        List<RecognizedEntity> recognized, EntityType?[] recognizedTypeByToken, SentenceFacts? sentences)
    {
        _sentences = sentences;
        Normalized = normalized;
        Tokens = tokens;
        SentenceStarts = sentenceStarts;
        Lexicons = lexicons;
        Recognized = recognized;
        RecognizedTypeByToken = recognizedTypeByToken;
        WordCodes = new int[tokens.Count];
        Shapes = new int[tokens.Count];
        for (var t = 0; t < tokens.Count; t++)
        {
            var word = tokens[t].In(normalized.Text);
            WordCodes[t] = FeatureHasher.WordCode(word);
            Shapes[t] = FeatureHasher.ShapeCode(word);
        }
    }

    private SentenceFacts? _sentences;

    /// <summary>Per-sentence facts for the name and address rules, read on first use.</summary>
    internal SentenceFacts Sentences => _sentences ??= SentenceFacts.Build(Text, Tokens, SentenceStarts);

    private Dictionary<object, object>? _memos;

    /// <summary>
    /// What <paramref name="compute"/> makes of this text, computed on first use and kept under <paramref name="key"/>:
    /// a rule that needs a whole-text fact for each of many spans reads the text once.
    /// </summary>
    internal T Memo<T>(object key, Func<AnalyzedText, T> compute)
        where T : class =>
        Memo(key, compute, static (analyzed, compute) => compute(analyzed));

    /// <summary>As <see cref="Memo{T}(object, Func{AnalyzedText, T})"/>, with the state compute needs passed in rather than captured.</summary>
    internal T Memo<TState, T>(object key, TState state, Func<AnalyzedText, TState, T> compute)
        where T : class
    {
        _memos ??= new Dictionary<object, object>(ReferenceEqualityComparer.Instance);
        if (!_memos.TryGetValue(key, out var value))
        {
            value = compute(this, state);
            _memos[key] = value;
        }

        return (T)value;
    }

    /// <summary>
    /// Whether one of <paramref name="phrases"/> (ignoring case) starts within <paramref name="reach"/> characters of
    /// <paramref name="at"/>, either side. Each list's places are found once per text and kept (<see cref="Memo{T}"/>),
    /// so a text that asks for every one of many words costs one pass per list and a binary search per word.
    /// </summary>
    internal bool HasPhraseWithin(string[] phrases, int at, int reach)
    {
        var starts = Memo(phrases, analyzed =>
        {
            var found = new List<int>();
            foreach (var phrase in phrases)
            {
                for (var i = analyzed.Text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase); i >= 0; i = analyzed.Text.IndexOf(phrase, i + 1, StringComparison.OrdinalIgnoreCase))
                {
                    found.Add(i);
                }
            }

            found.Sort();
            return found;
        });

        return AnyBetween(starts, at - reach, at + reach);
    }

    /// <summary>Whether one of <paramref name="words"/> stands within <paramref name="width"/> tokens of [first, last] in its sentence.</summary>
    internal bool HasWordNear(int first, int last, int width, string[] words)
    {
        var (from, to) = WindowInSentence(first, last, width);
        return WordLists.AnyIn(Text, Tokens, from, to, words);
    }

    /// <summary>
    /// Whether a token of [first, last] is one of <paramref name="words"/>, ignoring case, as <see cref="WordLists.AnyIn"/>
    /// says, for a rule that asks it of wide ranges around many finds: the list's tokens are found once per text and kept
    /// under <paramref name="key"/> (one key per list, never a key another memo uses), then each range is a binary search.
    /// </summary>
    internal bool AnyWordBetween(object key, string[] words, int first, int last)
    {
        var positions = Memo(key, words, static (analyzed, words) =>
        {
            var found = new List<int>();
            for (var t = 0; t < analyzed.Tokens.Count; t++)
            {
                if (WordLists.Contains(words, analyzed.Tokens[t].In(analyzed.Text)))
                {
                    found.Add(t);
                }
            }

            return found;
        });

        return AnyBetween(positions, first, last);
    }

    /// <summary>Whether a value of the sorted, non-negative <paramref name="values"/> lies in [first, last].</summary>
    private static bool AnyBetween(List<int> values, int first, int last)
    {
        var next = values.BinarySearch(Math.Max(0, first));
        next = next < 0 ? ~next : next;
        return next < values.Count && values[next] <= last;
    }

    private HashSet<string>? _wellKnownFirstWords;

    private HashSet<string>? _longWellKnownFirstWords;

    /// <summary>Whether the text has a well-known name ("Franklin the Turtle") that opens on this word; read on first use.</summary>
    internal bool IsFirstWordOfWellKnownName(ReadOnlySpan<char> word)
    {
        ReadWellKnownFirstWords();
        return _wellKnownFirstWords!.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    /// <summary>
    /// Whether the text has a well-known name of two words or more that opens on this word ("Peppa" of "Peppa Pig"), so
    /// that the word alone may stand for it; read on first use.
    /// </summary>
    internal bool IsFirstWordOfLongWellKnownName(ReadOnlySpan<char> word)
    {
        ReadWellKnownFirstWords();
        return _longWellKnownFirstWords!.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private HashSet<string>? _wellKnownLaterWords;

    /// <summary>
    /// Whether the text has a well-known name of two words or more with this capitalised word after its first ("King" of
    /// "Martin Luther King", "Lincoln" of "Abraham Lincoln"), so that a title before the word alone ("Dr. King") is that
    /// person again; read on first use.
    /// </summary>
    internal bool IsLaterWordOfWellKnownName(ReadOnlySpan<char> word)
    {
        ReadWellKnownFirstWords();
        return _wellKnownLaterWords!.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private void ReadWellKnownFirstWords()
    {
        if (_wellKnownFirstWords is not null)
        {
            return;
        }

        var all = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var longer = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var later = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var t = 0; t < Tokens.Count; t++)
        {
            if ((Lexicons[t] & LexiconKind.WellKnownName) == 0 || Tokens[t].Kind != TokenKind.Word)
            {
                continue;
            }

            if (t > 0 && (Lexicons[t - 1] & LexiconKind.WellKnownName) != 0)
            {
                var laterWord = Tokens[t].In(Text);
                if (laterWord.Length > 2 && char.IsUpper(laterWord[0]) && (Lexicons[t] & LexiconKind.Title) == 0
                    && !later.GetAlternateLookup<ReadOnlySpan<char>>().Contains(laterWord))
                {
                    later.Add(laterWord.ToString());
                }

                continue;
            }

            var word = Tokens[t].In(Text);
            if (!all.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                all.Add(word.ToString());
            }

            if (t + 1 < Tokens.Count && (Lexicons[t + 1] & LexiconKind.WellKnownName) != 0 && !longer.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                longer.Add(word.ToString());
            }
        }

        (_wellKnownFirstWords, _longWellKnownFirstWords, _wellKnownLaterWords) = (all, longer, later);
    }

    /// <summary>Per token: hash of the lower-cased word.</summary>
    public int[] WordCodes { get; }

    /// <summary>Per token: hash of the word shape (Xx, d, …).</summary>
    public int[] Shapes { get; }

    public NormalizedText Normalized { get; }

    public string Text => Normalized.Text;

    public List<Token> Tokens { get; }

    public bool[] SentenceStarts { get; }

    public LexiconKind[] Lexicons { get; }

    public List<RecognizedEntity> Recognized { get; }

    public EntityType?[] RecognizedTypeByToken { get; }

    /// <summary>A line break in the text between tokens a and b (a before b): "- **Peppa Pig** is funny." and "- He …" are two lines.</summary>
    internal bool HasLineBreak(int a, int b) => Text.AsSpan(Tokens[a].End, Tokens[b].Start - Tokens[a].End).Contains('\n');

    /// <summary>
    /// The line that holds token t, when it has at most <paramref name="reach"/> tokens on either side of t: its first and
    /// last tokens, and the last one before any closing markup ("**", "#", "_"); null for a longer line.
    /// </summary>
    internal (int First, int Last, int End)? ShortLineAround(int t, int reach)
    {
        var first = t;
        while (first > 0 && !HasLineBreak(first - 1, first))
        {
            if (t - --first > reach)
            {
                return null;
            }
        }

        var last = t;
        while (last + 1 < Tokens.Count && !HasLineBreak(last, last + 1))
        {
            if (++last - t > reach)
            {
                return null;
            }
        }

        var end = last;
        while (end > first && Tokens[end].Kind == TokenKind.Punctuation && Text[Tokens[end].Start] is '*' or '#' or '_')
        {
            end--;
        }

        return (first, last, end);
    }

    /// <summary>Token t is a full stop, a question mark or an exclamation mark.</summary>
    internal bool IsSentenceMark(int t) => Tokens[t].Kind == TokenKind.Punctuation && Text[Tokens[t].Start] is '.' or '!' or '?';

    /// <summary>Token t is a word that starts with a capital and has at least <paramref name="minLength"/> characters.</summary>
    internal bool IsCapitalisedWord(int t, int minLength = 1) =>
        Tokens[t].Kind == TokenKind.Word && Tokens[t].End - Tokens[t].Start >= minLength && char.IsUpper(Text[Tokens[t].Start]);

    /// <summary>
    /// Tokens [first, last] widened by up to <paramref name="width"/> tokens on each side without leaving their sentence:
    /// back to its first token at most, forward to the token before the next sentence start. The window is fixed, so
    /// rules that read one around each of many finds in one long sentence stay linear.
    /// </summary>
    internal (int First, int Last) WindowInSentence(int first, int last, int width)
    {
        var from = first;
        while (from > 0 && first - from < width && !SentenceStarts[from])
        {
            from--;
        }

        var to = last;
        while (to + 1 < Tokens.Count && to + 1 - last <= width && !SentenceStarts[to + 1])
        {
            to++;
        }

        return (from, to);
    }

    /// <summary>The nearest sentence start among the <paramref name="reach"/> tokens before t, or -1.</summary>
    internal int SentenceStartBefore(int t, int reach)
    {
        for (var s = t - 1; s >= 0 && s >= t - reach; s--)
        {
            if (SentenceStarts[s])
            {
                return s;
            }
        }

        return -1;
    }

    /// <summary>The first sentence start among the <paramref name="reach"/> tokens after t, or -1.</summary>
    internal int SentenceStartAfter(int t, int reach)
    {
        for (var n = t + 1; n < Tokens.Count && n <= t + reach; n++)
        {
            if (SentenceStarts[n])
            {
                return n;
            }
        }

        return -1;
    }

    /// <summary>
    /// The last token of the sentence after the one holding t (found within <paramref name="reach"/> tokens, read at most
    /// <paramref name="width"/> tokens on, as <see cref="WindowInSentence"/> reads), or <paramref name="fallback"/> when no
    /// sentence starts within reach: "a small tube just inside your nose. She will give one quick puff".
    /// </summary>
    internal int NextSentenceLast(int t, int reach, int width, int fallback) =>
        SentenceStartAfter(t, reach) is var next and >= 0 ? WindowInSentence(next, next, width).Last : fallback;

    /// <summary>The colon just before token t, past any bold marks ("Name: Giulia", "**Name:** Giulia"), or -1.</summary>
    internal int ColonBefore(int t)
    {
        var p = t - 1;
        while (p >= 0 && Tokens[p].Kind == TokenKind.Punctuation && Text[Tokens[p].Start] == '*')
        {
            p--;
        }

        return p >= 0 && Tokens[p].Kind == TokenKind.Punctuation && Text[Tokens[p].Start] == ':' ? p : -1;
    }

    /// <summary>Analyses a text judged now: full dates count up to the year before the current one.</summary>
    public static AnalyzedText Analyze(string original) => Analyze(original, DateTime.UtcNow.Year);

    /// <summary>
    /// Analyses a text. A full date without a birth cue stays among the recognizer's finds only when it lies before
    /// <paramref name="referenceYear"/> and its sentence refers to a person: a date of birth is in the past, while "The
    /// field trip is on 12/10/2026" and "The fire drill is on March 3, 2024." are no one's. A model passes the year it
    /// was trained in, so its judgments do not drift with the clock.
    /// </summary>
    public static AnalyzedText Analyze(string original, int referenceYear)
    {
        var normalized = TextNormalizer.Normalize(original);
        var text = normalized.Text;
        var tokens = Tokenizer.Tokenize(text);
        var sentenceStarts = Tokenizer.SentenceStarts(text, tokens);
        var lexicons = LexiconSet.Default.Match(text, tokens);
        var recognized = StructuredIdentifierRecognizer.Recognize(text);
        if (recognized.Exists(static found => found.Source == StructuredIdentifierRecognizer.FullDateSource))
        {
            KeepFullDatesAboutSomeone(recognized, text, new Attribution(text, tokens, sentenceStarts, lexicons), tokens, referenceYear);
        }

        SentenceFacts? sentences = null;
        if (recognized.Exists(static found => found.Type == EntityType.Address))
        {
            sentences = SentenceFacts.Build(text, tokens, sentenceStarts);
            recognized.RemoveAll(found => found.Type == EntityType.Address
                && PublicAddresses.IsPublic(text, tokens, lexicons, sentences, TokenAt(tokens, found.Start)));
        }

        var byToken = new EntityType?[tokens.Count];
        var r = 0;
        for (var t = 0; t < tokens.Count && r < recognized.Count; t++)
        {
            while (r < recognized.Count && recognized[r].End <= tokens[t].Start)
            {
                r++;
            }

            if (r < recognized.Count && recognized[r].Start < tokens[t].End)
            {
                byToken[t] = recognized[r].Type;
            }
        }

        return new AnalyzedText(normalized, tokens, sentenceStarts, lexicons, recognized, byToken, sentences);
    }

    private static void KeepFullDatesAboutSomeone(
        List<RecognizedEntity> recognized, string text, Attribution attribution, List<Token> tokens, int referenceYear)
    {
        recognized.RemoveAll(found =>
        {
            if (found.Source != StructuredIdentifierRecognizer.FullDateSource)
            {
                return false;
            }

            if ((StructuredIdentifierRecognizer.YearOf(text.AsSpan(found.Start, found.End - found.Start), referenceYear) ?? referenceYear) >= referenceYear)
            {
                return true;
            }

            // The sentence of the date's first or last token: the full stops of "13.01.2014" end sentences for the
            // tokenizer, so "Ever since 13.01.2014, my family has been taking care of me" has its person after "2014".
            return !attribution.SentenceHasPerson(TokenAt(tokens, found.Start)) && !attribution.SentenceHasPerson(LastTokenBefore(tokens, found.End));
        });
    }

    /// <summary>The token that starts at <paramref name="start"/>, or the first one after it.</summary>
    internal static int TokenAt(List<Token> tokens, int start)
    {
        var t = tokens.BinarySearch(new Token(start, start, TokenKind.Word), TokenStartComparer.Instance);
        return t < 0 ? Math.Min(~t, tokens.Count - 1) : t;
    }

    /// <summary>The last token that starts before <paramref name="end"/>: the last token of a span ending there.</summary>
    internal static int LastTokenBefore(List<Token> tokens, int end)
    {
        var after = TokenAt(tokens, end);
        return tokens[after].Start >= end ? after - 1 : after;
    }

    private sealed class TokenStartComparer : IComparer<Token>
    {
        public static readonly TokenStartComparer Instance = new();

        public int Compare(Token x, Token y) => x.Start.CompareTo(y.Start);
    }
}
