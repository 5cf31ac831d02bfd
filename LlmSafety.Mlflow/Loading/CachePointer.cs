namespace LlmSafety.Mlflow.Loading;

/// <summary>The <c>current.json</c> document: which cached version was last loaded successfully.</summary>
public sealed record CachePointer(string Version, string? ModelId, DateTimeOffset SavedAt);
