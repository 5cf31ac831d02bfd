namespace LlmSafety.Judge.Text;

/// <summary>Small fixed word lists (family words, honorifics, pronouns) matched against a token without allocating.</summary>
internal static class WordLists
{
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
