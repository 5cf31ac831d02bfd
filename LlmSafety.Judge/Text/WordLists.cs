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
            var set = SetOf(words);
            return (word.Length >= 64 || (set.Lengths & (1UL << word.Length)) != 0) && set.Words.Contains(word);
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

    // The last set read for each of 512 slots, by the list's identity hash: the table above costs a lookup of its own,
    // and a rule reads the same few lists for every token. A slot holds one immutable set and is replaced whole, so
    // threads that race on it each read a complete set and check that it is their list's.
    private static readonly WordSet?[] RecentSets = new WordSet?[512];

    private static WordSet SetOf(string[] words)
    {
        var slot = RuntimeHelpers.GetHashCode(words) & (RecentSets.Length - 1);
        var set = RecentSets[slot];
        if (set is null || !ReferenceEquals(set.List, words))
        {
            set = Sets.GetValue(words, static list => new WordSet(list));
            RecentSets[slot] = set;
        }

        return set;
    }

    private sealed class WordSet(string[] words)
    {
        public string[] List { get; } = words;

        /// <summary>Bit n is set when some word has n characters (all bits when one has 64 or more): a word of a length no
        /// listed word has is not looked up.</summary>
        public ulong Lengths { get; } = words.Aggregate(0UL, static (mask, w) => w.Length < 64 ? mask | (1UL << w.Length) : ulong.MaxValue);

        public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Words { get; } =
            words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
