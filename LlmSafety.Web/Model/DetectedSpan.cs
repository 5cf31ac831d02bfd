namespace LlmSafety.Web.Model;

/// <summary>
/// One flagged stretch of the judged text. <see cref="Start"/> and <see cref="End"/> are UTF-16 offsets into the
/// text the API judged (end exclusive), which is the text the page shows.
/// </summary>
public sealed record DetectedSpan(
    string Type,
    FindingCategory Category,
    int Start,
    int End,
    double Score,
    FindingSeverity Severity,
    string Source,
    string? Placeholder);
