using System.Buffers;
using System.Text.RegularExpressions;

namespace LlmSafety.Judge.Recognizers;

/// <summary>
/// The stretches of a text where a pattern's matches can lie, so the pattern runs over them instead of the whole text.
/// The linear engine reads every character it is given at tens of nanoseconds each; a story of 1,700 characters with
/// three digits in it needs only a few dozen read for a pattern that every match of holds a digit.
/// </summary>
/// <remarks>
/// A window reaches one character past each end of the stretch, so <c>\b</c> and the other anchors see the same
/// neighbours as in the whole text; windows that touch are merged. A pattern runs over a window as over a text of its
/// own (<see cref="Regex.Match(string, int, int)"/>), and gives there exactly the matches it gives in the whole text
/// when every match lies inside one window: the engine then meets the same characters in the same order.
/// </remarks>
internal readonly struct MatchWindows
{
    private readonly List<(int Start, int End)> _windows;

    private MatchWindows(List<(int Start, int End)> windows) => _windows = windows;

    public int Count => _windows.Count;

    /// <summary>
    /// Windows for a pattern whose every match holds a digit, where the characters from the match's start up to its first
    /// digit all pass <paramref name="beforeDigit"/> and the match ends at most <paramref name="afterDigit"/> characters
    /// after that digit (counting the digit). <paramref name="digits"/> are the text's digits (<see cref="DigitsOf"/>), found
    /// once for all the patterns of a text.
    /// </summary>
    public static MatchWindows AroundDigits(string text, List<int> digits, Func<char, bool> beforeDigit, int afterDigit)
    {
        var windows = new List<(int Start, int End)>();
        foreach (var d in digits)
        {
            var start = d;
            while (start > 0 && beforeDigit(text[start - 1]))
            {
                start--;
            }

            Add(windows, text.Length, start, d + afterDigit);
        }

        return new MatchWindows(windows);
    }

    /// <summary>Where the text's decimal digits are, in order: any decimal digit, as the patterns' \d reads one ("٣4567" opens on an Arabic-Indic three).</summary>
    public static List<int> DigitsOf(string text)
    {
        var digits = new List<int>();
        for (var d = 0; d < text.Length; d++)
        {
            if (char.IsDigit(text[d]))
            {
                digits.Add(d);
            }
        }

        return digits;
    }

    /// <summary>
    /// Windows for a pattern whose every match holds <paramref name="mark"/>, with only characters that pass
    /// <paramref name="before"/> from the match's start to the mark and only ones that pass <paramref name="after"/> from
    /// the mark to the match's end ("a.b@c.org" around its "@").
    /// </summary>
    public static MatchWindows AroundMark(string text, char mark, Func<char, bool> before, Func<char, bool> after)
    {
        var windows = new List<(int Start, int End)>();
        for (var at = text.IndexOf(mark); at >= 0; at = text.IndexOf(mark, at + 1))
        {
            var start = at;
            while (start > 0 && before(text[start - 1]))
            {
                start--;
            }

            var end = at + 1;
            while (end < text.Length && after(text[end]))
            {
                end++;
            }

            Add(windows, text.Length, start, end);
        }

        return new MatchWindows(windows);
    }

    /// <summary>
    /// Windows for a pattern whose every match holds one of <paramref name="words"/> (matched as written), starting at
    /// most <paramref name="before"/> characters before the word and ending at most <paramref name="after"/> characters
    /// after the word's start. A match then starts and ends well inside the window of its own word (which joins any window
    /// it touches), never on an edge, so an edge that cuts a word changes nothing.
    /// </summary>
    public static MatchWindows AroundWords(string text, SearchValues<string> words, int before, int after)
    {
        var windows = new List<(int Start, int End)>();
        var span = text.AsSpan();
        for (var at = span.IndexOfAny(words); at >= 0;)
        {
            Add(windows, text.Length, Math.Max(0, at - before), Math.Min(text.Length, at + after));
            var next = span[(at + 1)..].IndexOfAny(words);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return new MatchWindows(windows);
    }

    /// <summary>
    /// Windows for a pattern whose matches hold no white space, '&lt;', '&gt;' or '"': the runs of other characters for
    /// which <paramref name="mayHold"/> is true.
    /// </summary>
    public static MatchWindows Runs(string text, Func<ReadOnlySpan<char>, bool> mayHold)
    {
        var windows = new List<(int Start, int End)>();
        var start = 0;
        while (start < text.Length)
        {
            while (start < text.Length && IsRunEnd(text[start]))
            {
                start++;
            }

            var end = start;
            while (end < text.Length && !IsRunEnd(text[end]))
            {
                end++;
            }

            if (end > start && mayHold(text.AsSpan(start, end - start)))
            {
                Add(windows, text.Length, start, end);
            }

            start = end;
        }

        return new MatchWindows(windows);

        static bool IsRunEnd(char c) => char.IsWhiteSpace(c) || c is '<' or '>' or '"';
    }

    /// <summary>
    /// Where and how long every match of the pattern is, as the whole text would give them, in order: each window's slice
    /// read as a text of its own, the indices moved back into the text.
    /// </summary>
    public List<(int Index, int Length)> Find(Regex pattern, string text)
    {
        var found = new List<(int Index, int Length)>();
        foreach (var (start, end) in _windows)
        {
            foreach (var match in pattern.EnumerateMatches(text.AsSpan(start, end - start)))
            {
                found.Add((start + match.Index, match.Length));
            }
        }

        return found;
    }

    /// <summary>Every match of the pattern in the windows, groups and all, as the whole text would give them, in order.</summary>
    public IEnumerable<Match> Matches(Regex pattern, string text)
    {
        foreach (var (start, end) in _windows)
        {
            for (var match = pattern.Match(text, start, end - start); match.Success; match = match.NextMatch())
            {
                yield return match;
            }
        }
    }

    /// <summary>
    /// The stretch [start, end) and one character on each side, joined to the last window when they touch. Stretches come
    /// in order of their digit, mark or word, and one reaches back at most to the start of the window before it, so
    /// joining the last window is enough.
    /// </summary>
    private static void Add(List<(int Start, int End)> windows, int length, int start, int end)
    {
        start = Math.Max(0, start - 1);
        end = Math.Min(length, end + 1);
        if (windows.Count > 0 && windows[^1].End >= start)
        {
            windows[^1] = (Math.Min(windows[^1].Start, start), Math.Max(windows[^1].End, end));
            return;
        }

        windows.Add((start, end));
    }
}
