using System.Text;

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
        var output = new StringBuilder(text.Length);
        var cursor = 0;
        foreach (var entity in ordered)
        {
            if (entity.Start < cursor)
            {
                continue;
            }

            var entityText = text[entity.Start..entity.End];
            var (withArticle, bare) = Placeholders.For(entity.Type, entityText, PronounBefore(text, entity.Start));
            var precedingWord = PrecedingWord(text, entity.Start);
            var placeholder = IsDeterminer(precedingWord) ? bare : withArticle;
            if (IsSentenceStart(text, entity.Start) && placeholder.Length > 0 && char.IsLower(placeholder[0]))
            {
                placeholder = char.ToUpperInvariant(placeholder[0]) + placeholder[1..];
            }

            output.Append(text, cursor, entity.Start - cursor);
            output.Append(placeholder);
            cursor = entity.End;
        }

        output.Append(text, cursor, text.Length - cursor);
        return output.ToString();
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

    /// <summary>The possessive matching the nearest earlier pronoun, so "Dr. Patel" becomes "his doctor".</summary>
    private static string? PronounBefore(string text, int index)
    {
        var from = Math.Max(0, index - PronounLookBehind);
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

            var word = text.AsSpan(start, end - start);
            if (word is "he" or "He" or "his" or "His" or "him" or "Him")
            {
                return "his";
            }

            if (word is "she" or "She" or "her" or "Her")
            {
                return "her";
            }

            if (word is "I" or "my" or "My" or "me")
            {
                return "my";
            }

            if (word is "they" or "They" or "their" or "Their" or "them")
            {
                return "their";
            }

            i = start;
        }

        return null;
    }
}
