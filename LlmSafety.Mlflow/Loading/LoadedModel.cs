namespace LlmSafety.Mlflow.Loading;

/// <summary>
/// A model in memory together with the registry version it came from. <paramref name="FromDiskCache"/> is true for
/// the copy loaded at startup from the disk cache, before the registry confirmed it is still the champion.
/// </summary>
public sealed record LoadedModel<T>(T Model, string Version, string? ModelId, string Folder, DateTimeOffset LoadedAt, bool FromDiskCache = false);
