namespace LlmSafety.Mlflow.Lifecycle;

/// <summary>A local file or folder to store under the run's artifacts, inside <paramref name="ArtifactDirectory"/> when given.</summary>
public sealed record ArtifactToLog(string LocalPath, string? ArtifactDirectory = null);
