namespace LlmSafety.Mlflow.LocalStore;

/// <summary>
/// <c>ModelStore:Path</c>: the folder that stands in for MLflow when no tracking URI is configured. The trainer and
/// the api must point at the same folder to share versions and aliases.
/// </summary>
public sealed class LocalModelStoreOptions
{
    public const string SectionName = "ModelStore";

    public string Path { get; set; } = System.IO.Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
        "llm-safety",
        "model-store");
}
