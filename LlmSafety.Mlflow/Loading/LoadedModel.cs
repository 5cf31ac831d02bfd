namespace LlmSafety.Mlflow.Loading;

/// <summary>A model in memory together with the registry version it came from.</summary>
public sealed record LoadedModel<T>(T Model, string Version, string? ModelId, string Folder, DateTimeOffset LoadedAt);
