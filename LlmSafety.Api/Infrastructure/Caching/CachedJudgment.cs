using LlmSafety.Judge;

namespace LlmSafety.Api.Infrastructure.Caching;

/// <summary>
/// A judgment as the cache keeps it: scores, spans and reasons, but neither the text nor its redacted form,
/// so nothing a caregiver wrote is ever stored in Redis.
/// </summary>
public sealed record CachedJudgment(
    Verdict Verdict,
    CategoryResult Identity,
    CategoryResult Health,
    IReadOnlyList<DetectedEntity> Entities,
    IReadOnlyList<string> Reasons,
    string ModelVersion)
{
    public static CachedJudgment From(Judgment judgment)
    {
        ArgumentNullException.ThrowIfNull(judgment);
        return new CachedJudgment(
            judgment.Verdict,
            judgment.Identity,
            judgment.Health,
            judgment.Entities,
            judgment.Reasons,
            judgment.ModelVersion);
    }
}
