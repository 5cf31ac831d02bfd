using LlmSafety.Api.Infrastructure.Judging;
using LlmSafety.Api.Model;
using LlmSafety.Mlflow.Lifecycle;
using LlmSafety.Mlflow.Registry;

namespace LlmSafety.Api.Infrastructure.Registry;

/// <summary>Every registered version of the judge with its metrics and promotion decision, newest first.</summary>
public sealed class RegistryModelCatalog(IModelRegistry registry) : IModelCatalog
{
    public async Task<IReadOnlyList<ModelVersionResponse>> ListVersionsAsync(CancellationToken cancellationToken)
    {
        var versions = await registry.ListVersionsAsync(cancellationToken);
        return versions
            .OrderByDescending(v => long.TryParse(v.Version, out var number) ? number : 0)
            .Select(v => new ModelVersionResponse(
                v.Version,
                v.Aliases,
                v.CreatedAt ?? DateTimeOffset.UnixEpoch,
                v.RunId,
                v.Tags.GetValueOrDefault(PromotionDecision.PromotionTag) == PromotionDecision.Promoted ? PromotionOutcome.Promoted : PromotionOutcome.Rejected,
                v.Tags.GetValueOrDefault(PromotionDecision.PromotionReasonTag),
                v.RunMetrics))
            .ToList();
    }
}
