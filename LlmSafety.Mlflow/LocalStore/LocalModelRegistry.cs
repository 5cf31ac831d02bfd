using System.Globalization;
using LlmSafety.Mlflow.Packaging;
using LlmSafety.Mlflow.Registry;

namespace LlmSafety.Mlflow.LocalStore;

/// <summary>
/// Model versions, aliases and tags in the store folder. A version becomes visible in one directory rename, so a
/// poller in another process never sees a half-written model; aliases and tags are rewritten atomically under a lock.
/// </summary>
public sealed class LocalModelRegistry(LocalModelStoreOptions options, string modelName) : IModelRegistry
{
    private readonly LocalStoreLayout _layout = new(options.Path, modelName);

    public string Source => RegistrySource.Local;

    public string ModelName => modelName;

    public async Task<ModelVersionInfo?> GetVersionByAliasAsync(string alias, CancellationToken cancellationToken = default)
    {
        var aliases = await ReadAliasesAsync(cancellationToken);
        return aliases.TryGetValue(alias, out var version) ? await GetVersionAsync(version, cancellationToken) : null;
    }

    public async Task<ModelVersionInfo> GetVersionAsync(string version, CancellationToken cancellationToken = default)
    {
        var document = await ReadVersionAsync(version, cancellationToken);
        var aliases = await ReadAliasesAsync(cancellationToken);
        return await ToInfoAsync(document, aliases, cancellationToken);
    }

    public async Task<IReadOnlyList<ModelVersionInfo>> ListVersionsAsync(CancellationToken cancellationToken = default)
    {
        var aliases = await ReadAliasesAsync(cancellationToken);
        var result = new List<ModelVersionInfo>();
        foreach (var number in ExistingVersionNumbers().OrderDescending())
        {
            var document = await ReadVersionAsync(number.ToString(CultureInfo.InvariantCulture), cancellationToken);
            result.Add(await ToInfoAsync(document, aliases, cancellationToken));
        }

        return result;
    }

    public async Task DownloadVersionAsync(string version, string targetDirectory, CancellationToken cancellationToken = default)
    {
        await ReadVersionAsync(version, cancellationToken);
        LocalFolders.CopyRecursively(_layout.VersionModelFolder(version), targetDirectory);
    }

    public async Task SetAliasAsync(string alias, string version, CancellationToken cancellationToken = default)
    {
        RequireAlias(alias);
        using var fileLock = await FileLock.AcquireAsync(_layout.RegistryLock, LocalStoreLayout.LockTimeout, cancellationToken);
        await ReadVersionAsync(version, cancellationToken);
        var aliases = await ReadAliasesAsync(cancellationToken);
        aliases[alias] = version;
        await AtomicFile.WriteJsonAsync(_layout.AliasesDocument, aliases, cancellationToken);
    }

    public async Task DeleteAliasAsync(string alias, CancellationToken cancellationToken = default)
    {
        using var fileLock = await FileLock.AcquireAsync(_layout.RegistryLock, LocalStoreLayout.LockTimeout, cancellationToken);
        var aliases = await ReadAliasesAsync(cancellationToken);
        if (aliases.Remove(alias))
        {
            await AtomicFile.WriteJsonAsync(_layout.AliasesDocument, aliases, cancellationToken);
        }
    }

    public async Task SetVersionTagAsync(string version, string key, string value, CancellationToken cancellationToken = default)
    {
        using var fileLock = await FileLock.AcquireAsync(_layout.RegistryLock, LocalStoreLayout.LockTimeout, cancellationToken);
        var document = await ReadVersionAsync(version, cancellationToken);
        document.Tags[key] = value;
        await AtomicFile.WriteJsonAsync(_layout.VersionDocument(version), document, cancellationToken);
    }

    public async Task<ModelVersionInfo> RegisterVersionAsync(
        string runId, ModelPackageContents contents, string? description = null, CancellationToken cancellationToken = default)
    {
        if (await LocalExperimentTracker.TryReadRunAsync(options, runId, cancellationToken) is null)
        {
            throw new KeyNotFoundException($"Run {runId} does not exist in the local model store.");
        }

        var modelId = $"m-{Guid.NewGuid():N}";
        var createdAt = DateTimeOffset.UtcNow;
        var staging = Path.Combine(_layout.VersionsFolder, $".staging-{Guid.NewGuid():N}");
        try
        {
            await MlflowModelPackage.WriteAsync(
                Path.Combine(staging, "model"), contents, new ModelPackageIdentity(modelId, runId, createdAt), cancellationToken);

            using var fileLock = await FileLock.AcquireAsync(_layout.RegistryLock, LocalStoreLayout.LockTimeout, cancellationToken);
            var version = (ExistingVersionNumbers().DefaultIfEmpty(0).Max() + 1).ToString(CultureInfo.InvariantCulture);
            var document = new LocalVersionDocument(version, runId, modelId, createdAt, description, []);
            await AtomicFile.WriteJsonAsync(Path.Combine(staging, "version.json"), document, cancellationToken);
            Directory.Move(staging, _layout.VersionFolder(version));
            return await ToInfoAsync(document, await ReadAliasesAsync(cancellationToken), cancellationToken);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    private IEnumerable<long> ExistingVersionNumbers() =>
        Directory.Exists(_layout.VersionsFolder)
            ? Directory.EnumerateDirectories(_layout.VersionsFolder)
                .Select(Path.GetFileName)
                .Select(name => long.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 0)
                .Where(number => number > 0)
            : [];

    private async Task<LocalVersionDocument> ReadVersionAsync(string version, CancellationToken cancellationToken) =>
        await AtomicFile.ReadJsonAsync<LocalVersionDocument>(_layout.VersionDocument(version), cancellationToken)
            ?? throw new KeyNotFoundException($"Version {version} of the registered model does not exist in the local model store.");

    private async Task<Dictionary<string, string>> ReadAliasesAsync(CancellationToken cancellationToken) =>
        await AtomicFile.ReadJsonAsync<Dictionary<string, string>>(_layout.AliasesDocument, cancellationToken)
            ?? new Dictionary<string, string>(StringComparer.Ordinal);

    private async Task<ModelVersionInfo> ToInfoAsync(
        LocalVersionDocument document, IReadOnlyDictionary<string, string> aliases, CancellationToken cancellationToken)
    {
        var run = document.RunId is null ? null : await LocalExperimentTracker.TryReadRunAsync(options, document.RunId, cancellationToken);
        return new ModelVersionInfo(
            modelName,
            document.Version,
            Path.GetRelativePath(_layout.Root, _layout.VersionModelFolder(document.Version)).Replace('\\', '/'),
            document.RunId,
            document.ModelId,
            document.CreatedAt,
            new Dictionary<string, string>(document.Tags, StringComparer.Ordinal),
            aliases.Where(pair => pair.Value == document.Version).Select(pair => pair.Key).Order(StringComparer.Ordinal).ToList(),
            run is null ? new Dictionary<string, double>() : LocalExperimentTracker.ToRecord(run).Metrics);
    }

    private static void RequireAlias(string alias)
    {
        if (string.IsNullOrWhiteSpace(alias) || alias.Any(character => !char.IsAsciiLetterOrDigit(character) && character is not '_' and not '-'))
        {
            throw new ArgumentException("An alias is letters, digits, '_' or '-'.", nameof(alias));
        }
    }
}
