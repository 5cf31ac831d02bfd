namespace LlmSafety.Mlflow.Packaging;

/// <summary>Who the package belongs to: the MLflow 3 logged model id and the run that produced it.</summary>
public sealed record ModelPackageIdentity(string ModelId, string RunId, DateTimeOffset CreatedAt, string ArtifactPath = "model");
