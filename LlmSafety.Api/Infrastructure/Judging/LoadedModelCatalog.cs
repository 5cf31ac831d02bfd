using LlmSafety.Api.Model;

namespace LlmSafety.Api.Infrastructure.Judging;

/// <summary>The catalog when no registry is wired in: the only version known is the one being served.</summary>
public sealed class LoadedModelCatalog(IJudgeHolder holder) : IModelCatalog
{
    public Task<IReadOnlyList<ModelVersionResponse>> ListVersionsAsync(CancellationToken cancellationToken)
    {
        var loaded = holder.Current;
        IReadOnlyList<ModelVersionResponse> versions = loaded is null
            ? []
            :
            [
                new ModelVersionResponse(
                    loaded.Descriptor.Version,
                    [loaded.Descriptor.Alias],
                    loaded.Descriptor.TrainedAt ?? loaded.Descriptor.LoadedAt,
                    loaded.Descriptor.RunId,
                    PromotionOutcome.Promoted,
                    Reason: null,
                    loaded.Descriptor.Metrics),
            ];
        return Task.FromResult(versions);
    }
}
