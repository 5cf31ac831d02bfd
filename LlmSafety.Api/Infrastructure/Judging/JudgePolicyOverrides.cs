using System.Globalization;
using System.Text;
using LlmSafety.Judge;

namespace LlmSafety.Api.Infrastructure.Judging;

/// <summary>The parts of the model's policy a request may change. Validated at the edge, merged onto the model's own policy here.</summary>
public sealed record JudgePolicyOverrides(
    IReadOnlyList<string> AllowedNames,
    double? IdentityThreshold = null,
    double? HealthThreshold = null,
    bool? AllowBareFirstNames = null)
{
    public static JudgePolicyOverrides None { get; } = new([]);

    public JudgePolicy ApplyTo(JudgePolicy modelPolicy)
    {
        ArgumentNullException.ThrowIfNull(modelPolicy);
        var names = modelPolicy.AllowedNames
            .Concat(AllowedNames)
            .Select(name => name.Trim())
            .Where(name => name.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
        return modelPolicy with
        {
            AllowedNames = names,
            IdentityThreshold = IdentityThreshold ?? modelPolicy.IdentityThreshold,
            HealthThreshold = HealthThreshold ?? modelPolicy.HealthThreshold,
            AllowBareFirstNames = AllowBareFirstNames ?? modelPolicy.AllowBareFirstNames,
        };
    }

    /// <summary>
    /// A stable text form of an effective policy, so that equal policies give equal cache keys.
    /// Names are length-prefixed so no name can forge a separator.
    /// </summary>
    public static string Canonical(JudgePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"it={policy.IdentityThreshold:R};ht={policy.HealthThreshold:R};bare={policy.AllowBareFirstNames};names=");
        foreach (var name in policy.AllowedNames.Order(StringComparer.Ordinal))
        {
            builder.Append(CultureInfo.InvariantCulture, $"{name.Length}:{name},");
        }

        builder.Append(";sev=");
        foreach (var (type, severity) in policy.Severities.OrderBy(pair => pair.Key))
        {
            builder.Append(CultureInfo.InvariantCulture, $"{type}:{severity},");
        }

        return builder.ToString();
    }
}
