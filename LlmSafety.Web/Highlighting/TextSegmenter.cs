using LlmSafety.Web.Model;

namespace LlmSafety.Web.Highlighting;

/// <summary>
/// Cuts a judged text into plain and flagged segments from the judge's character offsets. Offsets outside the
/// text are clamped and empty spans dropped, so a judgment of a slightly different text can never throw.
/// </summary>
public static class TextSegmenter
{
    public static IReadOnlyList<TextSegment> Split(string text, IEnumerable<DetectedSpan> findings)
    {
        var ordered = findings
            .Select(finding => finding with
            {
                Start = Math.Clamp(finding.Start, 0, text.Length),
                End = Math.Clamp(finding.End, 0, text.Length),
            })
            .Where(finding => finding.End > finding.Start)
            .OrderBy(finding => finding.Start)
            .ThenByDescending(finding => finding.End)
            .ToList();

        var segments = new List<TextSegment>();
        var position = 0;
        var index = 0;
        while (index < ordered.Count)
        {
            var groupStart = ordered[index].Start;
            var groupEnd = ordered[index].End;
            var group = new List<DetectedSpan> { ordered[index] };
            index++;
            while (index < ordered.Count && ordered[index].Start < groupEnd)
            {
                groupEnd = Math.Max(groupEnd, ordered[index].End);
                group.Add(ordered[index]);
                index++;
            }

            if (groupStart > position)
            {
                segments.Add(new TextSegment(text[position..groupStart], []));
            }

            segments.Add(new TextSegment(text[groupStart..groupEnd], group));
            position = groupEnd;
        }

        if (position < text.Length)
        {
            segments.Add(new TextSegment(text[position..], []));
        }

        return segments;
    }
}
