namespace LlmSafety.Judge.Normalization;

/// <summary>
/// Text after normalisation plus, for every normalised character, the index of the original character it came from,
/// so that anything found in the normalised text can be reported against the caller's string.
/// </summary>
public sealed class NormalizedText
{
    // Null when every character sits at its original index (plain text): no map is stored then.
    private readonly int[]? _originalIndex;

    internal NormalizedText(string original, string text, int[]? originalIndex)
    {
        Original = original;
        Text = text;
        _originalIndex = originalIndex;
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

    private int OriginalIndex(int index) => _originalIndex is null ? index : _originalIndex[index];
}
