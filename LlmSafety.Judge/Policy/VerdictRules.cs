using LlmSafety.Judge.Data;

namespace LlmSafety.Judge.Policy;

/// <summary>
/// DESIGN.md's verdict: unsafe for any high-severity identifier or when identity and health both fire (PHI);
/// review for medium-severity findings, a single flagged category or a score in the uncertain band; safe otherwise.
/// The uncertain band is [max(threshold - band, threshold / 2), threshold): a low threshold keeps a narrow band.
/// </summary>
public static class VerdictRules
{
    public static (Verdict Verdict, IReadOnlyList<string> Reasons) Decide(
        CategoryResult identity, CategoryResult health, IReadOnlyList<DetectedEntity> entities, double reviewBand)
    {
        var unsafeReasons = new SortedSet<string>(StringComparer.Ordinal);
        var reviewReasons = new SortedSet<string>(StringComparer.Ordinal);
        if (identity.Flagged && health.Flagged)
        {
            unsafeReasons.Add("phi:identity+health");
        }

        foreach (var entity in entities)
        {
            if (entity.Severity == Severity.High)
            {
                unsafeReasons.Add($"high-severity:{entity.Type.ToLabel()}");
            }
            else if (entity.Severity >= Severity.Medium)
            {
                reviewReasons.Add($"{entity.Severity.ToString().ToLowerInvariant()}-severity:{entity.Type.ToLabel()}");
            }
        }

        AddCategoryReasons("identity", identity, reviewBand, reviewReasons);
        AddCategoryReasons("health", health, reviewBand, reviewReasons);
        if (unsafeReasons.Count > 0)
        {
            return (Verdict.Unsafe, [.. unsafeReasons, .. reviewReasons]);
        }

        return reviewReasons.Count > 0 ? (Verdict.Review, [.. reviewReasons]) : (Verdict.Safe, []);
    }

    private static void AddCategoryReasons(string name, CategoryResult result, double reviewBand, SortedSet<string> reasons)
    {
        if (result.Flagged)
        {
            reasons.Add($"flagged:{name}");
        }
        else if (result.Score >= Math.Max(result.Threshold - reviewBand, result.Threshold / 2))
        {
            reasons.Add($"uncertain:{name}");
        }
    }
}
