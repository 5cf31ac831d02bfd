namespace LlmSafety.Mlflow.Registry;

/// <summary>
/// A dataset a run used, logged as an MLflow run input. <paramref name="Context"/> becomes the
/// <c>mlflow.data.context</c> input tag (train / validation / test); schema and profile are JSON strings.
/// </summary>
public sealed record DatasetInputInfo(
    string Name,
    string Digest,
    string SourceType,
    string Source,
    string Context,
    string? Schema = null,
    string? Profile = null)
{
    public const string ContextTagKey = "mlflow.data.context";
}
