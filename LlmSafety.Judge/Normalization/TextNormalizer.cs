using System.Buffers;
using System.Globalization;
using System.Text;
using LlmSafety.Judge.Lexicons;
using LlmSafety.Judge.Recognizers;

namespace LlmSafety.Judge.Normalization;

/// <summary>
/// Runs before anything else looks at the text: NFKC compatibility folding (fullwidth, ligatures), removal of
/// invisible characters and diacritics, trademark and copyright signs to spaces, Cyrillic/Greek look-alikes to Latin,
/// and leetspeak tokens to words.
/// Every output character keeps the index of the original character it came from.
/// </summary>
public static class TextNormalizer
{
    /// <summary>Room for one character's compatibility decomposition (the longest, U+FDFA, is 18 chars).</summary>
    private const int MaxFoldedLength = 32;

    public static NormalizedText Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var output = new Output(text.Length);
        try
        {
            Fold(text, output);
            ReplaceLeetspeak(output.Chars);
            return output.ToNormalizedText(text);
        }
        finally
        {
            output.Return();
        }
    }

    /// <summary>
    /// A lexicon entry folded as <see cref="Normalize"/> folds text, less leetspeak (which looks words up in the lexicons
    /// being loaded): "chloé" is "chloe", "sadık" is "sadik", so an entry spelt with accents matches normalised text.
    /// </summary>
    internal static string FoldEntry(string entry)
    {
        var output = new Output(entry.Length);
        try
        {
            Fold(entry, output);
            return new string(output.Chars);
        }
        finally
        {
            output.Return();
        }
    }

    /// <summary>Invisible characters dropped, look-alikes mapped to Latin, compatibility forms decomposed and their marks dropped.</summary>
    private static void Fold(string text, Output output)
    {
        Span<char> folded = stackalloc char[MaxFoldedLength];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80)
            {
                // A run of ASCII is copied as it stands.
                var run = text.AsSpan(i).IndexOfAnyExceptInRange('\0', '\u007f');
                run = run < 0 ? text.Length - i : run;
                output.Append(text.AsSpan(i, run), i);
                i += run - 1;
                continue;
            }

            if (IsInvisible(c))
            {
                continue;
            }

            // "Concerta™", "PECS®": a mark of a brand ends the word, where compatibility folding would glue "TM" to it.
            if (c is '\u2122' or '\u00AE' or '\u00A9' or '\u2120')
            {
                output.Append(' ', i);
                continue;
            }

            if (Homoglyphs.ToLatin.TryGetValue(c, out var latin))
            {
                output.Append(latin, i);
                continue;
            }

            var length = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            foreach (var f in Fold(text.AsSpan(i, length), folded))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(f) == UnicodeCategory.NonSpacingMark || IsInvisible(f))
                {
                    continue;
                }

                output.Append(Homoglyphs.ToLatin.TryGetValue(f, out var foldedLatin) ? foldedLatin : f, i);
            }

            i += length - 1;
        }
    }

    /// <summary>
    /// The normalised characters in a pooled buffer and the offset map as runs: a new run starts wherever a character
    /// does not come from the original character after the previous one's (a dropped invisible, an expanded ligature).
    /// Plain text therefore costs no copy and no map, and a disguised one a few numbers per disguise, not per character.
    /// </summary>
    private sealed class Output(int capacity)
    {
        private char[] _chars = ArrayPool<char>.Shared.Rent(capacity + 16);
        private List<int>? _runStarts;
        private List<int>? _runOriginals;
        private int _length;
        private int _lastSource = -1;

        public Span<char> Chars => _chars.AsSpan(0, _length);

        public void Append(char c, int source)
        {
            EnsureCapacity(_length + 1);

            if (source != _lastSource + 1)
            {
                (_runStarts ??= []).Add(_length);
                (_runOriginals ??= []).Add(source);
            }

            _lastSource = source;
            _chars[_length++] = c;
        }

        /// <summary>Characters that come from the original characters at source, source + 1, … in order.</summary>
        public void Append(ReadOnlySpan<char> run, int source)
        {
            if (run.IsEmpty)
            {
                return;
            }

            Append(run[0], source);
            EnsureCapacity(_length + run.Length - 1);
            run[1..].CopyTo(_chars.AsSpan(_length));
            _length += run.Length - 1;
            _lastSource = source + run.Length - 1;
        }

        /// <summary>Room for <paramref name="needed"/> characters: a pooled buffer twice as long, or as long as needed.</summary>
        private void EnsureCapacity(int needed)
        {
            if (needed <= _chars.Length)
            {
                return;
            }

            var grown = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, needed));
            Chars.CopyTo(grown);
            ArrayPool<char>.Shared.Return(_chars);
            _chars = grown;
        }

        public NormalizedText ToNormalizedText(string original)
        {
            var chars = Chars;
            var normalized = _runStarts is null && chars.SequenceEqual(original) ? original : new string(chars);
            return new NormalizedText(original, normalized, _runStarts?.ToArray(), _runOriginals?.ToArray());
        }

        public void Return() => ArrayPool<char>.Shared.Return(_chars);
    }

    private static bool IsInvisible(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' or '\u180E' or '\u2061'
            or '\u2062' or '\u2063' or '\u2064' or '\u034F'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');

    /// <summary>Longest leetspeak token the lexicon check looks at; longer runs are left alone.</summary>
    private const int MaxLeetToken = 64;

    /// <summary>
    /// Folds leetspeak tokens (runs of letters, digits and '$') into words, edges included: "3p1l3p5y" → "epilepsy",
    /// "4DHD" → "ADHD", "d14b3t35" → "diabetes". A token folds only when it has at least two letters, every digit in it
    /// is a leet digit (0 1 3 4 5 7) and no run of leet characters is longer than three, so numbers, prices, times,
    /// dates and most IDs ("AB123456C", "S7944642", "R2D2") keep their digits. Among the rest, a token with a leet
    /// character between letters folds ("J0hn", "di4betes", "C3PO" → "CEPO"), unless it is the outward code of a UK
    /// postcode ("SW1A 1AA") or a word the lists hold as written ("T1D"); a token whose leet characters sit only at its edges ("3rd",
    /// "10am", "5mg", "Year5", "1AA") folds only when the folded word is a known diagnosis, medication, treatment,
    /// device, provider, first name or surname ("4DHD", "45thm4", "0CD"). Each character is replaced in place, so the
    /// offset map is unchanged.
    /// </summary>
    internal static void ReplaceLeetspeak(Span<char> text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!IsLeetTokenChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsLeetTokenChar(text[i]))
            {
                i++;
            }

            FoldToken(text[start..i], text[start..]);
        }
    }

    private static bool IsLeetTokenChar(char c) => char.IsLetterOrDigit(c) || c == '$';

    /// <summary>"SW1A 1AA": an all-capitals token with a digit inside is a postcode when the inward code follows it.</summary>
    private static bool StartsPostcode(ReadOnlySpan<char> text)
    {
        foreach (var match in IdentifierPatterns.UkPostcode.EnumerateMatches(text[..Math.Min(text.Length, 9)]))
        {
            return match.Index == 0;
        }

        return false;
    }

    private static void FoldToken(Span<char> token, ReadOnlySpan<char> rest)
    {
        var letters = 0;
        var lowerCase = 0;
        var leet = 0;
        var run = 0;
        var firstLetter = -1;
        var lastLetter = -1;
        for (var j = 0; j < token.Length; j++)
        {
            var c = token[j];
            if (char.IsLetter(c))
            {
                letters++;
                lowerCase += char.IsUpper(c) ? 0 : 1;
                firstLetter = firstLetter < 0 ? j : firstLetter;
                lastLetter = j;
                run = 0;
            }
            else if (Homoglyphs.LeetToLetter(c) is not null)
            {
                leet++;
                if (++run > 3)
                {
                    return;
                }
            }
            else
            {
                return;
            }
        }

        if (leet == 0 || letters < 2)
        {
            return;
        }

        var interior = false;
        for (var j = firstLetter + 1; j < lastLetter && !interior; j++)
        {
            interior = !char.IsLetter(token[j]);
        }

        var allCapitals = lowerCase == 0;
        if (IsKnownAsWritten(token))
        {
            return;
        }

        if ((interior && !(allCapitals && StartsPostcode(rest))) || SpellsKnownWord(token, allCapitals))
        {
            Fold(token, allCapitals, token);
        }
    }

    private static void Fold(ReadOnlySpan<char> token, bool upper, Span<char> destination)
    {
        for (var j = 0; j < token.Length; j++)
        {
            var letter = Homoglyphs.LeetToLetter(token[j]);
            destination[j] = letter is null ? token[j] : upper ? char.ToUpperInvariant(letter.Value) : letter.Value;
        }
    }

    private const LexiconKind KnownKinds = LexiconSet.HealthKinds | LexiconKind.FirstName | LexiconKind.Surname;

    /// <summary>A word the lists hold with its digits ("T1D") is no leetspeak.</summary>
    private static bool IsKnownAsWritten(ReadOnlySpan<char> token) => (LexiconSet.Default.KindsOf(token) & KnownKinds) != 0;

    private static bool SpellsKnownWord(ReadOnlySpan<char> token, bool upper)
    {
        if (token.Length > MaxLeetToken)
        {
            return false;
        }

        Span<char> folded = stackalloc char[token.Length];
        Fold(token, upper, folded);
        return (LexiconSet.Default.KindsOf(folded) & KnownKinds) != 0;
    }

    /// <summary>
    /// Compatibility decomposition of one character (or surrogate pair) into a stack buffer; characters ICU refuses to
    /// normalise (lone surrogates, the noncharacters U+FFFE and U+FFFF) stay as they are rather than failing the whole
    /// judgment.
    /// </summary>
    private static ReadOnlySpan<char> Fold(ReadOnlySpan<char> character, Span<char> buffer)
    {
        try
        {
            if (character.IsNormalized(NormalizationForm.FormKD))
            {
                return character;
            }

            return character.TryNormalize(buffer, out var written, NormalizationForm.FormKD)
                ? buffer[..written]
                : new string(character).Normalize(NormalizationForm.FormKD);
        }
        catch (ArgumentException)
        {
            return character;
        }
    }
}
