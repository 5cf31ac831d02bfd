namespace LlmSafety.Mlflow.Client.Contracts;

public sealed record MlflowModelVersion(
    string Name,
    string Version,
    long? CreationTimestamp,
    long? LastUpdatedTimestamp,
    string? CurrentStage,
    string? Description,
    string Source,
    string? RunId,
    string? Status,
    string? RunLink,
    IReadOnlyList<string>? Aliases,
    IReadOnlyList<MlflowTag>? Tags);

public sealed record MlflowRegisteredModelAlias(string Alias, string Version);

public sealed record MlflowRegisteredModel(
    string Name,
    long? CreationTimestamp,
    long? LastUpdatedTimestamp,
    string? Description,
    IReadOnlyList<MlflowModelVersion>? LatestVersions,
    IReadOnlyList<MlflowTag>? Tags,
    IReadOnlyList<MlflowRegisteredModelAlias>? Aliases);

internal sealed record CreateRegisteredModelRequest(string Name, string? Description, IReadOnlyList<MlflowTag>? Tags);

internal sealed record RegisteredModelResponse(MlflowRegisteredModel RegisteredModel);

internal sealed record CreateModelVersionRequest(
    string Name,
    string Source,
    string? ModelId,
    string? RunId,
    string? Description,
    IReadOnlyList<MlflowTag>? Tags);

internal sealed record ModelVersionResponse(MlflowModelVersion ModelVersion);

internal sealed record SearchModelVersionsResponse(IReadOnlyList<MlflowModelVersion>? ModelVersions, string? NextPageToken);

internal sealed record SearchRegisteredModelsResponse(IReadOnlyList<MlflowRegisteredModel>? RegisteredModels, string? NextPageToken);

internal sealed record DownloadUriResponse(string ArtifactUri);

internal sealed record SetAliasRequest(string Name, string Alias, string Version);

internal sealed record DeleteAliasRequest(string Name, string Alias);

internal sealed record SetModelVersionTagRequest(string Name, string Version, string Key, string Value);

internal sealed record DeleteModelVersionTagRequest(string Name, string Version, string Key);
