using LlmSafety.Mlflow.Client;
using LlmSafety.Mlflow.Client.Contracts;
using LlmSafety.Mlflow.Configuration;
using LlmSafety.Mlflow.Packaging;

namespace LlmSafety.Mlflow.Registry.Mlflow;

/// <summary>
/// The MLflow model registry for <see cref="MlflowOptions.RegisteredModelName"/>. New versions are MLflow 3 logged
/// models (created, uploaded, finalized, linked to the run) registered with source <c>models:/&lt;model_id&gt;</c>.
/// </summary>
public sealed class MlflowModelRegistry(Func<MlflowClient> clientFactory, MlflowOptions options) : IModelRegistry
{
    public const string LoggedModelName = "judge";
    public const string LoggedModelType = "mlnet";

    public string Source => RegistrySource.Mlflow;

    public string ModelName => options.RegisteredModelName;

    public async Task<ModelVersionInfo?> GetVersionByAliasAsync(string alias, CancellationToken cancellationToken = default)
    {
        var client = clientFactory();
        var version = await client.GetModelVersionByAliasAsync(ModelName, alias, cancellationToken);
        return version is null ? null : await WithRunMetricsAsync(client, version, cancellationToken);
    }

    public async Task<ModelVersionInfo> GetVersionAsync(string version, CancellationToken cancellationToken = default)
    {
        var client = clientFactory();
        var modelVersion = await RequireVersionAsync(client, version, cancellationToken);
        return await WithRunMetricsAsync(client, modelVersion, cancellationToken);
    }

    /// <summary>Both registries report a missing version the same way, so callers can answer 404 without knowing the backend.</summary>
    private async Task<MlflowModelVersion> RequireVersionAsync(MlflowClient client, string version, CancellationToken cancellationToken)
    {
        try
        {
            return await client.GetModelVersionAsync(ModelName, version, cancellationToken);
        }
        catch (MlflowException exception) when (exception.IsNotFound)
        {
            throw new KeyNotFoundException($"Version {version} of the registered model does not exist.", exception);
        }
    }

    public async Task<IReadOnlyList<ModelVersionInfo>> ListVersionsAsync(CancellationToken cancellationToken = default)
    {
        var client = clientFactory();
        if (await client.GetRegisteredModelAsync(ModelName, cancellationToken) is null)
        {
            return [];
        }

        var versions = await client.SearchModelVersionsAsync($"name='{ModelName.Replace("'", "\\'", StringComparison.Ordinal)}'", cancellationToken);
        var metricsByRun = new Dictionary<string, IReadOnlyDictionary<string, double>>(StringComparer.Ordinal);
        var result = new List<ModelVersionInfo>(versions.Count);
        foreach (var version in versions.OrderByDescending(version => long.TryParse(version.Version, out var number) ? number : 0))
        {
            var runId = version.RunId ?? string.Empty;
            if (!metricsByRun.TryGetValue(runId, out var metrics))
            {
                metrics = metricsByRun[runId] = await RunMetricsAsync(client, version.RunId, cancellationToken);
            }

            result.Add(ToInfo(version, metrics));
        }

        return result;
    }

    public async Task DownloadVersionAsync(string version, string targetDirectory, CancellationToken cancellationToken = default)
    {
        var client = clientFactory();
        var modelVersion = await RequireVersionAsync(client, version, cancellationToken);
        var source = modelVersion.Source;
        if (!ModelsUri.TryParse(source, out _) && !RunsUri.TryParse(source, out _, out _) && !MlflowArtifactPath.IsProxied(source))
        {
            source = await client.GetModelVersionDownloadUriAsync(ModelName, version, cancellationToken);
        }

        var files = await client.DownloadArtifactsAsync(source, targetDirectory, cancellationToken);
        if (files == 0)
        {
            throw new InvalidDataException($"Model version {version} has no files in the artifact store.");
        }
    }

    public Task SetAliasAsync(string alias, string version, CancellationToken cancellationToken = default) =>
        clientFactory().SetRegisteredModelAliasAsync(ModelName, alias, version, cancellationToken);

    public Task DeleteAliasAsync(string alias, CancellationToken cancellationToken = default) =>
        clientFactory().DeleteRegisteredModelAliasAsync(ModelName, alias, cancellationToken);

    public Task SetVersionTagAsync(string version, string key, string value, CancellationToken cancellationToken = default) =>
        clientFactory().SetModelVersionTagAsync(ModelName, version, key, value, cancellationToken);

    public async Task<ModelVersionInfo> RegisterVersionAsync(
        string runId, ModelPackageContents contents, string? description = null, CancellationToken cancellationToken = default)
    {
        var client = clientFactory();
        var run = await client.GetRunAsync(runId, cancellationToken);
        var loggedModel = await client.CreateLoggedModelAsync(
            run.Info.ExperimentId, LoggedModelName, LoggedModelType, runId, cancellationToken: cancellationToken);
        var modelId = loggedModel.Info.ModelId;

        var staging = Directory.CreateTempSubdirectory("llm-safety-package-");
        try
        {
            await MlflowModelPackage.WriteAsync(
                staging.FullName, contents, new ModelPackageIdentity(modelId, runId, DateTimeOffset.UtcNow), cancellationToken);
            await client.UploadFolderAsync(loggedModel.Info.ArtifactUri, staging.FullName, cancellationToken: cancellationToken);
        }
        catch (Exception packagingError)
        {
            // A half-uploaded logged model must not look usable; mark it failed before surfacing the error.
            await MarkUploadFailedAsync(client, modelId, packagingError);
            throw;
        }
        finally
        {
            staging.Delete(recursive: true);
        }

        await client.FinalizeLoggedModelAsync(modelId, MlflowLoggedModelStatus.Ready, cancellationToken);
        await client.LogModelOutputAsync(runId, modelId, 0, cancellationToken);
        await client.EnsureRegisteredModelAsync(ModelName, "LlmSafety judge: identity and health disclosure detector", cancellationToken);
        var version = await client.CreateModelVersionAsync(
            ModelName, ModelsUri.For(modelId), modelId, runId, description, cancellationToken: cancellationToken);
        return await WithRunMetricsAsync(client, version, cancellationToken);
    }

    private static async Task MarkUploadFailedAsync(MlflowClient client, string modelId, Exception packagingError)
    {
        try
        {
            await client.FinalizeLoggedModelAsync(modelId, MlflowLoggedModelStatus.Failed, CancellationToken.None);
        }
        catch (Exception markingError) when (markingError is MlflowException or HttpRequestException)
        {
            // The packaging error explains the failure; keep the second one attached rather than replacing it.
            packagingError.Data["LlmSafety.Mlflow.FinalizeFailure"] = markingError.GetType().Name;
        }
    }

    private static async Task<ModelVersionInfo> WithRunMetricsAsync(MlflowClient client, MlflowModelVersion version, CancellationToken cancellationToken) =>
        ToInfo(version, await RunMetricsAsync(client, version.RunId, cancellationToken));

    private static async Task<IReadOnlyDictionary<string, double>> RunMetricsAsync(MlflowClient client, string? runId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(runId))
        {
            return new Dictionary<string, double>();
        }

        try
        {
            var run = await client.GetRunAsync(runId, cancellationToken);
            return MlflowExperimentTracker.ToRecord(run).Metrics;
        }
        catch (MlflowException exception) when (exception.IsNotFound)
        {
            // The run was deleted; the version still exists but has nothing to compare on.
            return new Dictionary<string, double>();
        }
    }

    private static ModelVersionInfo ToInfo(MlflowModelVersion version, IReadOnlyDictionary<string, double> runMetrics)
    {
        var modelId = ModelsUri.TryParse(version.Source, out var parsed) ? parsed : string.Empty;
        return new ModelVersionInfo(
            version.Name,
            version.Version,
            version.Source,
            string.IsNullOrEmpty(version.RunId) ? null : version.RunId,
            modelId.Length == 0 ? null : modelId,
            version.CreationTimestamp is { } created ? DateTimeOffset.FromUnixTimeMilliseconds(created) : null,
            (version.Tags ?? []).ToDictionary(tag => tag.Key, tag => tag.Value, StringComparer.Ordinal),
            version.Aliases ?? [],
            runMetrics);
    }
}
