namespace LlmSafety.Judge.Data;

/// <summary>What a labelled span's <c>start</c> and <c>end</c> count.</summary>
public enum SpanOffsetUnit
{
    /// <summary>Decide per file: see <see cref="SpanOffsets.Detect"/>.</summary>
    Auto,

    /// <summary>UTF-16 code units: .NET and JavaScript string indices, what the simulator writes and the Api returns.</summary>
    Utf16,

    /// <summary>Unicode code points: Python string indices. An emoji counts one, where UTF-16 counts two.</summary>
    CodePoint,
}

/// <summary>
/// Labelled data written by Python tools counts offsets in code points, .NET data in UTF-16 code units. The two only
/// differ after a character outside the Basic Multilingual Plane (most emoji), and chat models put emoji in headings,
/// so reading one as the other silently shifts every later span of the story by a character or more.
/// </summary>
public static class SpanOffsets
{
    /// <summary>
    /// Picks the unit under which more span boundaries of the file's astral-character stories fall between words
    /// (labels start and end on word edges; a shifted span cuts into words). UTF-16 when nothing tells them apart.
    /// </summary>
    public static SpanOffsetUnit Detect(IEnumerable<LabelledNarrative> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var utf16Fits = 0;
        var codePointFits = 0;
        foreach (var record in records)
        {
            if (record.Spans is not { Count: > 0 } spans || !HasAstralCharacter(record.Text))
            {
                continue;
            }

            var starts = CodePointStarts(record.Text);
            foreach (var span in spans)
            {
                utf16Fits += Fits(record.Text, span.Start, span.End);
                if (span.Start >= 0 && span.End < starts.Length && span.Start < span.End)
                {
                    codePointFits += Fits(record.Text, starts[span.Start], starts[span.End]);
                }
            }
        }

        return codePointFits > utf16Fits ? SpanOffsetUnit.CodePoint : SpanOffsetUnit.Utf16;
    }

    /// <summary>The record with its spans in UTF-16 code units, or null when a span lies beyond the text's code points.</summary>
    public static LabelledNarrative? ToUtf16(LabelledNarrative record, SpanOffsetUnit unit)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (unit != SpanOffsetUnit.CodePoint || record.Spans is not { Count: > 0 } spans || !HasAstralCharacter(record.Text))
        {
            return record;
        }

        var starts = CodePointStarts(record.Text);
        var converted = new LabelledSpan[spans.Count];
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            if (span.Start < 0 || span.End >= starts.Length || span.Start >= span.End)
            {
                return null;
            }

            converted[i] = span with { Start = starts[span.Start], End = starts[span.End] };
        }

        return record with { Spans = converted };
    }

    /// <summary>Number of code points in <paramref name="text"/>.</summary>
    public static int CodePointCount(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!(char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1])))
            {
                count++;
            }
        }

        return count;
    }

    private static bool HasAstralCharacter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsHighSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>UTF-16 index of each code point, plus the text's length at the end.</summary>
    private static int[] CodePointStarts(string text)
    {
        var starts = new int[CodePointCount(text) + 1];
        var n = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!(char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1])))
            {
                starts[n++] = i;
            }
        }

        starts[n] = text.Length;
        return starts;
    }

    /// <summary>0, 1 or 2: how many of the span's two edges sit between words on a non-space character.</summary>
    private static int Fits(string text, int start, int end)
    {
        if (start < 0 || end > text.Length || start >= end)
        {
            return 0;
        }

        var fits = 0;
        if (!char.IsWhiteSpace(text[start]) && !char.IsLowSurrogate(text[start])
            && (start == 0 || !(char.IsLetterOrDigit(text[start - 1]) && char.IsLetterOrDigit(text[start]))))
        {
            fits++;
        }

        if (!char.IsWhiteSpace(text[end - 1]) && !char.IsHighSurrogate(text[end - 1])
            && (end == text.Length || !(char.IsLetterOrDigit(text[end - 1]) && char.IsLetterOrDigit(text[end]))))
        {
            fits++;
        }

        return fits;
    }
}
