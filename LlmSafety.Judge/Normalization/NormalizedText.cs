namespace LlmSafety.Judge.Normalization;

/// <summary>
/// Text after normalisation plus, for every normalised character, the index of the original character it came from,
/// so that anything found in the normalised text can be reported against the caller's string.
/// </summary>
public sealed class NormalizedText
{
    private readonly int[] _originalIndex;

    internal NormalizedText(string original, string text, int[] originalIndex)
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
            var at = start < _originalIndex.Length ? _originalIndex[start] : Original.Length;
            return (at, at);
        }

        var originalStart = _originalIndex[start];
        var lastOriginal = _originalIndex[end - 1];
        var originalEnd = lastOriginal + 1;
        // A surrogate pair or a character that expanded under NFKC occupies more than one original char.
        while (originalEnd < Original.Length && char.IsLowSurrogate(Original[originalEnd]))
        {
            originalEnd++;
        }

        return (originalStart, originalEnd);
    }
}
