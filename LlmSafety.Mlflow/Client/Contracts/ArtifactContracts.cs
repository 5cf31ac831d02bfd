namespace LlmSafety.Mlflow.Client.Contracts;

/// <summary>
/// One listing entry. Run and logged-model listings give paths relative to the root URI (prefix included);
/// the <c>mlflow-artifacts</c> proxy listing gives bare names. Directories carry no size.
/// </summary>
public sealed record MlflowFileInfo(string Path, bool IsDir, long? FileSize);

public sealed record MlflowArtifactListing(string? RootUri, IReadOnlyList<MlflowFileInfo>? Files);
