using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace LlmSafety.Web.Tests.Contract;

/// <summary>
/// A deliberately tiny stand-in for the real judge behind <see cref="ContractApiServer"/>: it finds a handful of
/// patterns so the Web can be driven end to end through the HTTP contract. It is not the judge and judges nothing
/// beyond these patterns. Its JSON is written by hand in the contract's spelling, independently of the Web's DTOs,
/// so a wire-format mismatch in the Web shows up as a failing test.
/// </summary>
public static partial class ContractJudge
{
    private sealed record Pattern(Regex Regex, string Type, string Category, string Severity, double Score, string Placeholder);

    private static readonly Pattern[] Patterns =
    [
        new(FullName(), "PERSON_NAME", "identity", "high", 0.97, "a friend"),
        new(School(), "ORGANIZATION", "identity", "medium", 0.81, "my school"),
        new(Phone(), "PHONE", "identity", "high", 0.99, "[phone]"),
        new(Diagnosis(), "DIAGNOSIS", "health", "medium", 0.88, "something"),
        new(Medication(), "MEDICATION", "health", "high", 0.93, "my medicine"),
    ];

    public const double Threshold = 0.5;

    public static JsonObject Judge(string text, IReadOnlyCollection<string> allowedNames, bool cached, double durationMs)
    {
        var findings = Patterns
            .SelectMany(pattern => pattern.Regex.Matches(text).Select(match => (pattern, match)))
            .Where(found => !allowedNames.Contains(found.match.Value, StringComparer.OrdinalIgnoreCase))
            .OrderBy(found => found.match.Index)
            .ToList();

        var identity = findings.Where(f => f.pattern.Category == "identity").Select(f => f.pattern.Score).DefaultIfEmpty(0.04).Max();
        var health = findings.Where(f => f.pattern.Category == "health").Select(f => f.pattern.Score).DefaultIfEmpty(0.03).Max();
        var anyHigh = findings.Any(f => f.pattern.Severity == "high");
        var bothFlagged = identity >= Threshold && health >= Threshold;
        var verdict = anyHigh || bothFlagged ? "unsafe" : findings.Count > 0 ? "review" : "safe";

        var redacted = text;
        foreach (var (pattern, match) in findings.OrderByDescending(f => f.match.Index))
        {
            redacted = redacted[..match.Index] + pattern.Placeholder + redacted[(match.Index + match.Length)..];
        }

        var reasons = new JsonArray();
        foreach (var type in findings.Select(f => f.pattern.Type).Distinct())
        {
            reasons.Add($"{type} found");
        }

        var entities = new JsonArray();
        foreach (var (pattern, match) in findings)
        {
            entities.Add(new JsonObject
            {
                ["type"] = pattern.Type,
                ["category"] = pattern.Category,
                ["start"] = match.Index,
                ["end"] = match.Index + match.Length,
                ["score"] = pattern.Score,
                ["severity"] = pattern.Severity,
                ["source"] = pattern.Type == "PHONE" ? "recognizer" : "model",
                ["placeholder"] = pattern.Placeholder,
            });
        }

        return new JsonObject
        {
            ["verdict"] = verdict,
            ["identity"] = Score(identity),
            ["health"] = Score(health),
            ["entities"] = entities,
            ["redactedText"] = redacted,
            ["reasons"] = reasons,
            ["model"] = new JsonObject { ["name"] = "llm-safety-judge", ["version"] = ContractApiServer.ChampionVersion },
            ["cached"] = cached,
            ["durationMs"] = durationMs,
        };
    }

    private static JsonObject Score(double score) => new()
    {
        ["score"] = score,
        ["flagged"] = score >= Threshold,
        ["threshold"] = Threshold,
    };

    [GeneratedRegex(@"\b[A-Z][a-z]+ (?:Okafor|Whitfield|Nguyen|Kowalski)\b")]
    private static partial Regex FullName();

    [GeneratedRegex(@"\b[A-Z][a-z]+ (?:Elementary|Primary) School\b")]
    private static partial Regex School();

    [GeneratedRegex(@"\b\d{3}-\d{3}-\d{4}\b")]
    private static partial Regex Phone();

    [GeneratedRegex(@"\b(?:autism|ADHD|epilepsy)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Diagnosis();

    [GeneratedRegex(@"\b(?:Ritalin|methylphenidate|Keppra)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Medication();
}
