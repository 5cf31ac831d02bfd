namespace LlmSafety.Judge.Text;

/// <summary>Small fixed word lists (family words, honorifics, pronouns) matched against a token without allocating.</summary>
internal static class WordLists
{
    /// <summary>Whether a token of [first, last] is one of <paramref name="words"/>, ignoring case.</summary>
    public static bool AnyIn(string text, List<Token> tokens, int first, int last, string[] words) => FirstIn(text, tokens, first, last, words) >= 0;

    /// <summary>The first token of [first, last] that is one of <paramref name="words"/>, ignoring case; -1 for none.</summary>
    public static int FirstIn(string text, List<Token> tokens, int first, int last, string[] words)
    {
        for (var t = first; t <= last; t++)
        {
            if (Contains(words, tokens[t].In(text)))
            {
                return t;
            }
        }

        return -1;
    }

    /// <summary>Whether <paramref name="text"/> holds one of <paramref name="phrases"/> anywhere, ignoring case.</summary>
    public static bool ContainsAnyPhrase(ReadOnlySpan<char> text, string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (text.Contains(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="word"/> is one of <paramref name="words"/>, ignoring case.</summary>
    public static bool Contains(string[] words, ReadOnlySpan<char> word)
    {
        foreach (var candidate in words)
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
