using LlmSafety.Mlflow.Packaging;

namespace LlmSafety.Mlflow.Loading;

/// <summary>
/// Verified model folders on disk, one per version (<c>&lt;cache&gt;/&lt;model&gt;/v&lt;n&gt;</c>), and a
/// <c>current.json</c> pointer to the last one that loaded, so a restart without the registry serves the last good model.
/// </summary>
public sealed class ModelCache(string cachePath, string modelName)
{
    public const string PointerFileName = "current.json";

    public string Root { get; } = Path.GetFullPath(Path.Combine(cachePath, modelName));

    public string VersionFolder(string version) => Path.Combine(Root, $"v{version}");

    /// <summary>Downloads into a staging folder, verifies checksums, then moves the folder into place.</summary>
    public async Task<string> AddVerifiedAsync(
        string version, Func<string, CancellationToken, Task> download, CancellationToken cancellationToken)
    {
        var target = VersionFolder(version);
        if (Directory.Exists(target) && (await ModelChecksums.VerifyAsync(target, cancellationToken)).IsValid)
        {
            return target;
        }

        var staging = Path.Combine(Root, $".staging-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        try
        {
            await download(staging, cancellationToken);
            var verification = await ModelChecksums.VerifyAsync(staging, cancellationToken);
            if (!verification.IsValid)
            {
                throw new ModelIntegrityException($"Model version {version} was rejected: {verification.Problem}.");
            }

            if (Directory.Exists(target))
            {
                Directory.Delete(target, recursive: true);
            }

            Directory.Move(staging, target);
            return target;
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    public async Task<CachePointer?> ReadCurrentAsync(CancellationToken cancellationToken)
    {
        var path = Path.Combine(Root, PointerFileName);
        return await LocalStore.AtomicFile.ReadJsonAsync<CachePointer>(path, cancellationToken);
    }

    public Task WriteCurrentAsync(CachePointer current, CancellationToken cancellationToken) =>
        LocalStore.AtomicFile.WriteJsonAsync(Path.Combine(Root, PointerFileName), current, cancellationToken);
}
