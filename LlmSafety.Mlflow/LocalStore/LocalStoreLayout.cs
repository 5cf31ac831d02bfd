namespace LlmSafety.Mlflow.LocalStore;

/// <summary>
/// Where things live in the store folder:
/// <c>runs/&lt;run_id&gt;/{run.json,artifacts/}</c> and
/// <c>models/&lt;name&gt;/{aliases.json,versions/&lt;n&gt;/{version.json,model/}}</c>.
/// </summary>
internal sealed class LocalStoreLayout(string root, string? modelName = null)
{
    public static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(10);

    public string Root { get; } = Path.GetFullPath(root);

    public string RunFolder(string runId) => Path.Combine(Root, "runs", RequireSafeName(runId));

    public string RunDocument(string runId) => Path.Combine(RunFolder(runId), "run.json");

    public string RunLock(string runId) => Path.Combine(RunFolder(runId), "run.lock");

    public string RunArtifacts(string runId) => Path.Combine(RunFolder(runId), "artifacts");

    public string ModelFolder => Path.Combine(
        Root, "models", RequireSafeName(modelName ?? throw new InvalidOperationException("This layout was created for runs only.")));

    public string VersionsFolder => Path.Combine(ModelFolder, "versions");

    public string VersionFolder(string version) => Path.Combine(VersionsFolder, RequireSafeName(version));

    public string VersionDocument(string version) => Path.Combine(VersionFolder(version), "version.json");

    public string VersionModelFolder(string version) => Path.Combine(VersionFolder(version), "model");

    public string AliasesDocument => Path.Combine(ModelFolder, "aliases.json");

    public string RegistryLock => Path.Combine(ModelFolder, "registry.lock");

    /// <summary>Artifact paths come from callers; keep them inside the run's folder.</summary>
    public static string InsideFolder(string folder, string? relative)
    {
        var full = Path.GetFullPath(Path.Combine(folder, (relative ?? string.Empty).Replace('\\', '/').TrimStart('/')));
        var root = Path.GetFullPath(folder);
        if (full != root && !full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException("The artifact path leaves the run's artifact folder.", nameof(relative));
        }

        return full;
    }

    private static string RequireSafeName(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.IndexOfAny(['/', '\\']) >= 0 || name is "." or "..")
        {
            throw new ArgumentException("Ids and versions must be plain names.", nameof(name));
        }

        return name;
    }
}
