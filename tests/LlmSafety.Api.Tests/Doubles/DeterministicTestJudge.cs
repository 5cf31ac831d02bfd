using System.Text.RegularExpressions;
using LlmSafety.Judge;

namespace LlmSafety.Api.Tests.Doubles;

/// <summary>
/// A small rule-based stand-in for the trained judge, so the Api can be tested before the model exists.
/// It finds full names with a known surname, US-style phone numbers, a few diagnoses and medications, and applies
/// the design's verdict rule (high-severity identifier, or identity and health together → unsafe; health alone → review).
/// It counts its evaluations so tests can tell a cache hit from a fresh judgment.
/// </summary>
public sealed partial class DeterministicTestJudge(string modelVersion) : IJudge
{
    private int evaluations;

    public string ModelVersion { get; } = modelVersion;

    public JudgePolicy DefaultPolicy { get; } = new() { IdentityThreshold = 0.5, HealthThreshold = 0.5 };

    public int Evaluations => Volatile.Read(ref evaluations);

    public Judgment Evaluate(string text, JudgePolicy? policy = null)
    {
        Interlocked.Increment(ref evaluations);
        policy ??= DefaultPolicy;
        var allowed = new HashSet<string>(policy.AllowedNames, StringComparer.OrdinalIgnoreCase);
        var entities = new List<DetectedEntity>();
        Collect(FullName(), text, EntityType.PersonName, Category.Identity, Severity.High, allowed, entities);
        Collect(Phone(), text, EntityType.Phone, Category.Identity, Severity.High, allowed, entities);
        Collect(Diagnosis(), text, EntityType.Diagnosis, Category.Health, Severity.Medium, allowed, entities);
        Collect(Medication(), text, EntityType.Medication, Category.Health, Severity.Medium, allowed, entities);
        entities.Sort((left, right) => left.Start.CompareTo(right.Start));

        var identityScore = entities.Any(entity => entity.Category == Category.Identity) ? 0.97 : 0.03;
        var healthScore = entities.Any(entity => entity.Category == Category.Health) ? 0.91 : 0.02;
        var identity = new CategoryResult(identityScore, identityScore >= policy.IdentityThreshold, policy.IdentityThreshold);
        var health = new CategoryResult(healthScore, healthScore >= policy.HealthThreshold, policy.HealthThreshold);

        var reasons = entities.Where(entity => entity.Severity == Severity.High)
            .Select(entity => $"high-severity:{entity.Type}")
            .Distinct()
            .ToList();
        if (identity.Flagged && health.Flagged)
        {
            reasons.Add("identity-and-health");
        }

        var verdict = reasons.Count > 0 ? Verdict.Unsafe
            : identity.Flagged || health.Flagged ? Verdict.Review
            : Verdict.Safe;
        if (verdict == Verdict.Review)
        {
            reasons.Add("medium-severity");
        }

        return new Judgment
        {
            Verdict = verdict,
            Identity = identity,
            Health = health,
            Entities = entities,
            RedactedText = new TestRedactor().Redact(text, entities).Text,
            Reasons = reasons,
            ModelVersion = ModelVersion,
        };
    }

    private static void Collect(Regex pattern, string text, EntityType type, Category category, Severity severity, HashSet<string> allowed, List<DetectedEntity> into)
    {
        foreach (Match match in pattern.Matches(text))
        {
            if (!allowed.Contains(match.Value))
            {
                into.Add(new DetectedEntity(type, category, match.Index, match.Index + match.Length, 0.95, severity, "model"));
            }
        }
    }

    [GeneratedRegex(@"\b(?:[A-Z][a-z]+|Mrs?\.) (?:Okafor|Smith|Chen|Garcia|Kowalski)\b")]
    private static partial Regex FullName();

    [GeneratedRegex(@"\b\d{3}-\d{3}-\d{4}\b")]
    private static partial Regex Phone();

    [GeneratedRegex(@"\b(?:autism|ADHD|epilepsy|seizures|asthma)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Diagnosis();

    [GeneratedRegex(@"\b(?:Ritalin|methylphenidate|Keppra)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Medication();
}
