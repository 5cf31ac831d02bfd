namespace LlmSafety.Judge.Redaction;

/// <summary>
/// Replaces entities with natural placeholders. Pure function of the text and the entities, so a cached judgment
/// (which holds offsets, never text) can be redacted again against the request's own text.
/// </summary>
public static class Redactor
{
    private const int PronounLookBehind = 200;

    public static string Redact(string text, IReadOnlyList<DetectedEntity> entities)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(entities);
        if (entities.Count == 0)
        {
            return text;
        }

        var ordered = entities
            .Where(e => e.Start >= 0 && e.End <= text.Length && e.Start < e.End)
            .OrderBy(e => e.Start)
            .ThenByDescending(e => e.End)
            .ToList();
        // Placeholders first, then one string of the exact length: a long text is copied once, not twice.
        var pieces = new List<(int Start, int End, string Placeholder)>(ordered.Count);
        var cursor = 0;
        var length = 0;
        foreach (var entity in ordered)
        {
            if (entity.Start < cursor)
            {
                // An entity that starts inside the one before and reaches past it ("Brown" of a name that a sentence
                // entity cut in two): the earlier placeholder takes in its tail too, so no part of it is left in the text.
                if (entity.End > cursor)
                {
                    pieces[^1] = (pieces[^1].Start, entity.End, pieces[^1].Placeholder);
                    cursor = entity.End;
                }

                continue;
            }

            var (withArticle, bare) = Placeholders.For(entity.Type, text, entity.Start, entity.End);
            var precedingWord = PrecedingWord(text, entity.Start);
            var placeholder = IsDeterminer(precedingWord) ? bare : withArticle;
            if (IsSentenceStart(text, entity.Start) && placeholder.Length > 0 && char.IsLower(placeholder[0]))
            {
                placeholder = char.ToUpperInvariant(placeholder[0]) + placeholder[1..];
            }

            pieces.Add((entity.Start, entity.End, placeholder));
            length += entity.Start - cursor + placeholder.Length;
            cursor = entity.End;
        }

        length += text.Length - cursor;
        return string.Create(length, (text, pieces), static (output, state) =>
        {
            var (source, replacements) = state;
            var cursor = 0;
            foreach (var (start, end, placeholder) in replacements)
            {
                source.AsSpan(cursor, start - cursor).CopyTo(output);
                output = output[(start - cursor)..];
                placeholder.AsSpan().CopyTo(output);
                output = output[placeholder.Length..];
                cursor = end;
            }

            source.AsSpan(cursor).CopyTo(output);
        });
    }

    private static bool IsDeterminer(ReadOnlySpan<char> word) =>
        word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase)
        || word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("his", StringComparison.OrdinalIgnoreCase)
        || word.Equals("her", StringComparison.OrdinalIgnoreCase) || word.Equals("my", StringComparison.OrdinalIgnoreCase)
        || word.Equals("their", StringComparison.OrdinalIgnoreCase) || word.Equals("our", StringComparison.OrdinalIgnoreCase)
        || word.Equals("your", StringComparison.OrdinalIgnoreCase);

    private static ReadOnlySpan<char> PrecedingWord(string text, int index)
    {
        var end = index;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return end - start == 0 || end == index ? [] : text.AsSpan(start, end - start);
    }

    private static bool IsSentenceStart(string text, int index)
    {
        var i = index - 1;
        while (i >= 0 && (text[i] == ' ' || text[i] == '"' || text[i] == '“'))
        {
            i--;
        }

        return i < 0 || text[i] is '.' or '!' or '?' or '\n';
    }

    /// <summary>
    /// The possessive matching the nearest pronoun before the entity, else the nearest one after it in the same
    /// stretch of text, so "Liam visits Dr. Patel because he …" becomes "… his doctor because he …".
    /// </summary>
    internal static string? PronounNear(string text, int start, int end) => PronounBetween(text, Math.Max(0, start - PronounLookBehind), start)
        ?? PronounAfter(text, end, Math.Min(text.Length, end + PronounLookBehind));

    private static string? PronounAfter(string text, int from, int to)
    {
        var i = from;
        while (i < to)
        {
            while (i < to && !char.IsLetter(text[i]))
            {
                if (text[i] is '.' or '!' or '?' or '\n')
                {
                    return null;
                }

                i++;
            }

            var start = i;
            while (i < to && char.IsLetter(text[i]))
            {
                i++;
            }

            if (Possessive(text.AsSpan(start, i - start)) is { } possessive)
            {
                return possessive;
            }
        }

        return null;
    }

    private static string? Possessive(ReadOnlySpan<char> word) => word switch
    {
        "he" or "He" or "his" or "His" or "him" or "Him" => "his",
        "she" or "She" or "her" or "Her" => "her",
        "I" or "my" or "My" or "me" => "my",
        "they" or "They" or "their" or "Their" or "them" => "their",
        _ => null,
    };

    private static string? PronounBetween(string text, int from, int index)
    {
        var i = index;
        while (i > from)
        {
            var end = i;
            while (end > from && !char.IsLetter(text[end - 1]))
            {
                end--;
            }

            var start = end;
            while (start > from && char.IsLetter(text[start - 1]))
            {
                start--;
            }

            if (start == end)
            {
                break;
            }

            if (Possessive(text.AsSpan(start, end - start)) is { } possessive)
            {
                return possessive;
            }

            i = start;
        }

        return null;
    }
}
