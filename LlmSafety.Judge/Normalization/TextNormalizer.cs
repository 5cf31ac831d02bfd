using System.Globalization;
using System.Text;

namespace LlmSafety.Judge.Normalization;

/// <summary>
/// Runs before anything else looks at the text: NFKC compatibility folding (fullwidth, ligatures), removal of
/// invisible characters and diacritics, Cyrillic/Greek look-alikes to Latin, and leetspeak digits inside words.
/// Every output character keeps the index of the original character it came from.
/// </summary>
public static class TextNormalizer
{
    public static NormalizedText Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var map = new List<int>(text.Length + 1);
        Span<char> single = stackalloc char[2];

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80)
            {
                builder.Append(c);
                map.Add(i);
                continue;
            }

            if (IsInvisible(c))
            {
                continue;
            }

            if (Homoglyphs.ToLatin.TryGetValue(c, out var latin))
            {
                builder.Append(latin);
                map.Add(i);
                continue;
            }

            var length = 1;
            single[0] = c;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                single[1] = text[i + 1];
                length = 2;
            }

            var folded = Fold(new string(single[..length]));
            foreach (var f in folded)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(f) == UnicodeCategory.NonSpacingMark || IsInvisible(f))
                {
                    continue;
                }

                builder.Append(Homoglyphs.ToLatin.TryGetValue(f, out var foldedLatin) ? foldedLatin : f);
                map.Add(i);
            }

            i += length - 1;
        }

        ReplaceLeetspeak(builder);
        map.Add(text.Length);
        return new NormalizedText(text, builder.ToString(), [.. map]);
    }

    private static bool IsInvisible(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' or '\u180E' or '\u2061'
            or '\u2062' or '\u2063' or '\u2064' or '\u034F'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');

    /// <summary>
    /// A leet character becomes a letter only with letters on both sides, so times, prices, ordinals ("3rd")
    /// and identifiers keep their digits while "J0hn Sm1th" and "di4betes" read as words.
    /// </summary>
    private static void ReplaceLeetspeak(StringBuilder builder)
    {
        for (var i = 1; i < builder.Length - 1; i++)
        {
            var letter = Homoglyphs.LeetToLetter(builder[i]);
            if (letter is null || !char.IsLetter(builder[i - 1]))
            {
                continue;
            }

            var next = i + 1;
            while (next < builder.Length && Homoglyphs.LeetToLetter(builder[next]) is not null && next - i < 3)
            {
                next++;
            }

            if (next < builder.Length && char.IsLetter(builder[next]))
            {
                for (var j = i; j < next; j++)
                {
                    var l = Homoglyphs.LeetToLetter(builder[j])!.Value;
                    builder[j] = char.IsUpper(builder[i - 1]) && char.IsUpper(builder[next]) ? char.ToUpperInvariant(l) : l;
                }

                i = next;
            }
        }
    }

    /// <summary>
    /// Compatibility decomposition of one character; characters ICU refuses to normalise (lone surrogates,
    /// the noncharacters U+FFFE and U+FFFF) stay as they are rather than failing the whole judgment.
    /// </summary>
    private static string Fold(string character)
    {
        try
        {
            return character.Normalize(NormalizationForm.FormKD);
        }
        catch (ArgumentException)
        {
            return character;
        }
    }
}
