namespace LlmSafety.Mlflow.Loading;

/// <summary>
/// <c>ModelRegistry:PollInterval</c> / <c>ModelRegistry:Alias</c> and <c>ModelCache:Path</c>: how often the Api asks
/// the registry where the champion is, and where it keeps verified copies for restarts without the registry.
/// </summary>
public sealed class ModelLoadingOptions
{
    public const string RegistrySectionName = "ModelRegistry";
    public const string CacheSectionName = "ModelCache";

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    public string Alias { get; set; } = Lifecycle.ChampionPolicyOptions.ChampionAlias;

    public string CachePath { get; set; } = Path.Combine(Path.GetTempPath(), "llm-safety", "model-cache");
}
