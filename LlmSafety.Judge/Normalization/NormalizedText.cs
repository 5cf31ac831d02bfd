namespace LlmSafety.Judge.Normalization;

/// <summary>
/// Text after normalisation plus, for every normalised character, the index of the original character it came from,
/// so that anything found in the normalised text can be reported against the caller's string. The map is stored as
/// runs: from <c>runStarts[r]</c> on, normalised characters come from consecutive original characters starting at
/// <c>runOriginals[r]</c>; before the first run, each character sits at its own index (no runs at all for plain text).
/// </summary>
public sealed class NormalizedText
{
    private readonly int[]? _runStarts;
    private readonly int[]? _runOriginals;

    internal NormalizedText(string original, string text, int[]? runStarts, int[]? runOriginals)
    {
        Original = original;
        Text = text;
        _runStarts = runStarts;
        _runOriginals = runOriginals;
    }

    public string Original { get; }

    public string Text { get; }

    /// <summary>Maps a normalised [start, end) range to the smallest original range that produced it.</summary>
    public (int Start, int End) ToOriginal(int start, int end)
    {
        if (start >= end)
        {
            var at = start < Text.Length ? OriginalIndex(start) : Original.Length;
            return (at, at);
        }

        var originalStart = OriginalIndex(start);
        var lastOriginal = OriginalIndex(end - 1);
        var originalEnd = lastOriginal + 1;
        // A surrogate pair or a character that expanded under NFKC occupies more than one original char.
        while (originalEnd < Original.Length && char.IsLowSurrogate(Original[originalEnd]))
        {
            originalEnd++;
        }

        return (originalStart, originalEnd);
    }

    private int OriginalIndex(int index)
    {
        if (_runStarts is null || _runOriginals is null)
        {
            return index;
        }

        var run = Array.BinarySearch(_runStarts, index);
        run = run >= 0 ? run : ~run - 1;
        return run < 0 ? index : _runOriginals[run] + (index - _runStarts[run]);
    }
}
