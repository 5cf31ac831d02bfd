using System.Globalization;
using LlmSafety.Web.Model;

namespace LlmSafety.Web.Highlighting;

/// <summary>Human wording for findings and verdicts, shared by the highlight tooltips and the summaries.</summary>
public static class FindingDescriptions
{
    /// <summary>"PERSON_NAME" becomes "person name".</summary>
    public static string TypeName(string entityType) =>
        entityType.Replace('_', ' ').ToLowerInvariant();

    public static string CategoryName(FindingCategory category) => category switch
    {
        FindingCategory.Identity => "identity",
        FindingCategory.Health => "health",
        _ => category.ToString().ToLowerInvariant(),
    };

    public static string SeverityName(FindingSeverity severity) => severity.ToString().ToLowerInvariant();

    public static string Score(double score) => score.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Percent(double ratio) => ratio.ToString("0.0%", CultureInfo.InvariantCulture);

    /// <summary>One line per finding: "person name (identity), score 0.99, high severity, found by model".</summary>
    public static string Explain(DetectedSpan finding) =>
        $"{TypeName(finding.Type)} ({CategoryName(finding.Category)}), score {Score(finding.Score)}, " +
        $"{SeverityName(finding.Severity)} severity, found by {finding.Source}";

    public static string Explain(TextSegment segment) =>
        string.Join("; ", segment.Findings.Select(Explain));

    public static string VerdictLabel(Verdict verdict) => verdict switch
    {
        Verdict.Safe => "Safe",
        Verdict.Review => "Review",
        Verdict.Unsafe => "Unsafe",
        _ => verdict.ToString(),
    };

    public static string VerdictAdvice(Verdict verdict) => verdict switch
    {
        Verdict.Safe => "No identifying or health details found; fine to share.",
        Verdict.Review => "Some details may identify the child or their health; read the highlights before sharing.",
        Verdict.Unsafe => "Identifying or health details found; share only the safe version.",
        _ => string.Empty,
    };
}
