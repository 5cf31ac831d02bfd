using LlmSafety.Api.Model;

namespace LlmSafety.Api.Infrastructure.Judging;

/// <summary>Lists registered versions of the judge model, newest first. The registry-backed implementation replaces the default.</summary>
public interface IModelCatalog
{
    Task<IReadOnlyList<ModelVersionResponse>> ListVersionsAsync(CancellationToken cancellationToken);
}
