using LlmSafety.Mlflow.Client.Contracts;

namespace LlmSafety.Mlflow.Client;

public sealed partial class MlflowClient
{
    private const int RegistrySearchPageSize = 1000;

    public async Task<MlflowRegisteredModel> CreateRegisteredModelAsync(
        string name, string? description = null, IReadOnlyList<MlflowTag>? tags = null, CancellationToken cancellationToken = default)
    {
        var response = await SendJsonAsync<CreateRegisteredModelRequest, RegisteredModelResponse>(
            HttpMethod.Post, $"{Api}registered-models/create", new CreateRegisteredModelRequest(name, description, tags), cancellationToken);
        return response.RegisteredModel;
    }

    /// <summary>The registered model, or null when MLflow answers RESOURCE_DOES_NOT_EXIST.</summary>
    public async Task<MlflowRegisteredModel?> GetRegisteredModelAsync(string name, CancellationToken cancellationToken = default)
    {
        try
        {
            var response = await GetAsync<RegisteredModelResponse>($"{Api}registered-models/get?{Query(("name", name))}", cancellationToken);
            return response.RegisteredModel;
        }
        catch (MlflowException exception) when (exception.IsNotFound)
        {
            return null;
        }
    }

    /// <summary>Creates the registered model unless it exists; RESOURCE_ALREADY_EXISTS from a concurrent creator is fine.</summary>
    public async Task EnsureRegisteredModelAsync(string name, string? description = null, CancellationToken cancellationToken = default)
    {
        if (await GetRegisteredModelAsync(name, cancellationToken) is not null)
        {
            return;
        }

        try
        {
            await CreateRegisteredModelAsync(name, description, cancellationToken: cancellationToken);
        }
        catch (MlflowException exception) when (exception.IsAlreadyExists)
        {
            // Another process registered it between our get and create.
        }
    }

    /// <summary><c>registered-models/search</c> is GET-only on MLflow 3 (POST answers 405).</summary>
    public async Task<IReadOnlyList<MlflowRegisteredModel>> SearchRegisteredModelsAsync(
        string? filter = null, CancellationToken cancellationToken = default)
    {
        return await CollectPagesAsync<MlflowRegisteredModel>(async pageToken =>
        {
            var query = Query(
                ("filter", filter),
                ("max_results", RegistrySearchPageSize.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("page_token", pageToken));
            var response = await GetAsync<SearchRegisteredModelsResponse>($"{Api}registered-models/search?{query}", cancellationToken);
            return (response.RegisteredModels, response.NextPageToken);
        });
    }

    /// <summary>
    /// Registers a version. For an MLflow 3 logged model pass <c>models:/&lt;model_id&gt;</c> as the source together
    /// with the model id and run id; a bare local path is refused by MLflow unless it lies in the run's artifacts.
    /// </summary>
    public async Task<MlflowModelVersion> CreateModelVersionAsync(
        string name,
        string source,
        string? modelId = null,
        string? runId = null,
        string? description = null,
        IReadOnlyList<MlflowTag>? tags = null,
        CancellationToken cancellationToken = default)
    {
        var response = await SendJsonAsync<CreateModelVersionRequest, ModelVersionResponse>(
            HttpMethod.Post,
            $"{Api}model-versions/create",
            new CreateModelVersionRequest(name, source, modelId, runId, description, tags),
            cancellationToken);
        return response.ModelVersion;
    }

    public async Task<MlflowModelVersion> GetModelVersionAsync(string name, string version, CancellationToken cancellationToken = default)
    {
        var response = await GetAsync<ModelVersionResponse>(
            $"{Api}model-versions/get?{Query(("name", name), ("version", version))}", cancellationToken);
        return response.ModelVersion;
    }

    /// <summary><c>model-versions/search</c> is GET-only on MLflow 3; the answer carries each version's tags and aliases.</summary>
    public async Task<IReadOnlyList<MlflowModelVersion>> SearchModelVersionsAsync(
        string filter, CancellationToken cancellationToken = default)
    {
        return await CollectPagesAsync<MlflowModelVersion>(async pageToken =>
        {
            var query = Query(
                ("filter", filter),
                ("max_results", RegistrySearchPageSize.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("page_token", pageToken));
            var response = await GetAsync<SearchModelVersionsResponse>($"{Api}model-versions/search?{query}", cancellationToken);
            return (response.ModelVersions, response.NextPageToken);
        });
    }

    /// <summary>Where a version's files are: <c>mlflow-artifacts:/…</c> for logged models, or the <c>runs:/…</c> source.</summary>
    public async Task<string> GetModelVersionDownloadUriAsync(string name, string version, CancellationToken cancellationToken = default)
    {
        var response = await GetAsync<DownloadUriResponse>(
            $"{Api}model-versions/get-download-uri?{Query(("name", name), ("version", version))}", cancellationToken);
        return response.ArtifactUri;
    }

    public Task SetRegisteredModelAliasAsync(string name, string alias, string version, CancellationToken cancellationToken = default) =>
        SendJsonAsync(HttpMethod.Post, $"{Api}registered-models/alias", new SetAliasRequest(name, alias, version), cancellationToken);

    public Task DeleteRegisteredModelAliasAsync(string name, string alias, CancellationToken cancellationToken = default) =>
        SendJsonAsync(HttpMethod.Delete, $"{Api}registered-models/alias", new DeleteAliasRequest(name, alias), cancellationToken);

    /// <summary>
    /// The version an alias points at, or null when the alias (or the model) does not exist: MLflow answers a missing
    /// alias with INVALID_PARAMETER_VALUE 400 rather than 404.
    /// </summary>
    public async Task<MlflowModelVersion?> GetModelVersionByAliasAsync(string name, string alias, CancellationToken cancellationToken = default)
    {
        try
        {
            var response = await GetAsync<ModelVersionResponse>(
                $"{Api}registered-models/alias?{Query(("name", name), ("alias", alias))}", cancellationToken);
            return response.ModelVersion;
        }
        catch (MlflowException exception) when (exception.IsNotFound || exception.ErrorCode == MlflowException.InvalidParameterValue)
        {
            return null;
        }
    }

    public Task SetModelVersionTagAsync(string name, string version, string key, string value, CancellationToken cancellationToken = default) =>
        SendJsonAsync(HttpMethod.Post, $"{Api}model-versions/set-tag", new SetModelVersionTagRequest(name, version, key, value), cancellationToken);

    public Task DeleteModelVersionTagAsync(string name, string version, string key, CancellationToken cancellationToken = default) =>
        SendJsonAsync(HttpMethod.Delete, $"{Api}model-versions/delete-tag", new DeleteModelVersionTagRequest(name, version, key), cancellationToken);
}
