using LlmSafety.Mlflow.Packaging;

namespace LlmSafety.Mlflow.Registry;

/// <summary>The versions of the one registered model (<see cref="ModelName"/>), their aliases and tags. MLflow or the local store.</summary>
public interface IModelRegistry
{
    string Source { get; }

    string ModelName { get; }

    /// <summary>The version an alias points at, or null when the alias (or the model) does not exist yet.</summary>
    Task<ModelVersionInfo?> GetVersionByAliasAsync(string alias, CancellationToken cancellationToken = default);

    /// <exception cref="KeyNotFoundException">The version does not exist (either backend).</exception>
    Task<ModelVersionInfo> GetVersionAsync(string version, CancellationToken cancellationToken = default);

    /// <summary>Every version, newest first, with tags, aliases and run metrics.</summary>
    Task<IReadOnlyList<ModelVersionInfo>> ListVersionsAsync(CancellationToken cancellationToken = default);

    /// <summary>Writes the version's model folder (MLmodel, model file, policy, report, checksums.json) into <paramref name="targetDirectory"/>.</summary>
    Task DownloadVersionAsync(string version, string targetDirectory, CancellationToken cancellationToken = default);

    Task SetAliasAsync(string alias, string version, CancellationToken cancellationToken = default);

    Task DeleteAliasAsync(string alias, CancellationToken cancellationToken = default);

    Task SetVersionTagAsync(string version, string key, string value, CancellationToken cancellationToken = default);

    /// <summary>
    /// Packages <paramref name="contents"/> as an MLflow model (MLmodel with the <c>mlnet</c> flavor, checksums),
    /// logs it as a model of the run and registers it as a new version.
    /// </summary>
    Task<ModelVersionInfo> RegisterVersionAsync(
        string runId, ModelPackageContents contents, string? description = null, CancellationToken cancellationToken = default);
}
