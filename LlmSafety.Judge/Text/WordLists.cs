using System.Collections.Frozen;
using System.Runtime.CompilerServices;

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

    // Lists longer than this are looked up through a frozen set built once per list (the rules hold 180 such lists, up
    // to 214 words, and read several of them for every token); shorter ones are scanned, which is as fast.
    private const int ScanLimit = 12;

    private static readonly ConditionalWeakTable<string[], WordSet> Sets = [];

    /// <summary>Whether <paramref name="word"/> is one of <paramref name="words"/>, ignoring case.</summary>
    /// <remarks>The lists are static and never change after they are built; a long one is read through its set.</remarks>
    public static bool Contains(string[] words, ReadOnlySpan<char> word)
    {
        if (words.Length > ScanLimit)
        {
            return Sets.GetValue(words, static list => new WordSet(list)).Words.Contains(word);
        }

        foreach (var candidate in words)
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class WordSet(string[] words)
    {
        public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Words { get; } =
            words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
