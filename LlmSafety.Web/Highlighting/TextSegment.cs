using LlmSafety.Web.Model;

namespace LlmSafety.Web.Highlighting;

/// <summary>
/// A run of the judged text: either plain, or covered by one or more findings (overlapping findings from the
/// model and a recognizer share one segment so the text is shown exactly once).
/// </summary>
public sealed record TextSegment(string Text, IReadOnlyList<DetectedSpan> Findings)
{
    public bool IsFlagged => Findings.Count > 0;

    /// <summary>The finding that decides the colour: the most severe, then the most certain.</summary>
    public DetectedSpan? Leading => Findings
        .OrderByDescending(finding => finding.Severity)
        .ThenByDescending(finding => finding.Score)
        .FirstOrDefault();
}
