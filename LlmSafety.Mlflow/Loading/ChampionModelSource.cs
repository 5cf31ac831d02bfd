using LlmSafety.Mlflow.Registry;
using Microsoft.Extensions.Logging;

namespace LlmSafety.Mlflow.Loading;

/// <summary>
/// Resolves <c>models:/&lt;name&gt;@champion</c> (alias → version → download), verifies checksums, caches the folder
/// on disk and swaps the model in. Generic over how a folder becomes a model, so the Api plugs in the judge's loader.
/// </summary>
public sealed partial class ChampionModelSource<T>(
    IModelRegistry registry,
    ModelCache cache,
    ModelHolder<T> holder,
    Func<string, T> loader,
    ModelLoadingOptions options,
    ILogger<ChampionModelSource<T>> logger)
{
    public ModelHolder<T> Holder => holder;

    /// <summary>Loads the last good copy named by <c>current.json</c>, if any; used at startup before the registry answers.</summary>
    public async Task<bool> LoadFromCacheAsync(CancellationToken cancellationToken)
    {
        var pointer = await cache.ReadCurrentAsync(cancellationToken);
        if (pointer is null || holder.Current is not null)
        {
            return false;
        }

        var folder = cache.VersionFolder(pointer.Version);
        if (!Directory.Exists(folder) || !(await Packaging.ModelChecksums.VerifyAsync(folder, cancellationToken)).IsValid)
        {
            LogCachedCopyUnusable(logger, pointer.Version);
            return false;
        }

        holder.Swap(new LoadedModel<T>(loader(folder), pointer.Version, pointer.ModelId, folder, DateTimeOffset.UtcNow, FromDiskCache: true));
        LogLoadedFromCache(logger, pointer.Version);
        return true;
    }

    /// <summary>
    /// Asks the registry where the alias points and, if it moved, downloads, verifies and swaps the new model.
    /// Returns true when a new model was swapped in. On any failure the current model stays and the error propagates.
    /// </summary>
    public async Task<bool> RefreshAsync(CancellationToken cancellationToken)
    {
        var champion = await registry.GetVersionByAliasAsync(options.Alias, cancellationToken);
        if (champion is null)
        {
            return false;
        }

        if (holder.Current is { } current && current.Version == champion.Version)
        {
            if (current.FromDiskCache)
            {
                // The registry confirmed the cached copy is still the champion: it no longer counts as a fallback.
                holder.Swap(current with { FromDiskCache = false });
            }

            return false;
        }

        string folder;
        try
        {
            folder = await cache.AddVerifiedAsync(
                champion.Version,
                (directory, token) => registry.DownloadVersionAsync(champion.Version, directory, token),
                cancellationToken);
        }
        catch (ModelIntegrityException)
        {
            MlflowTelemetry.ChecksumRejections.Add(1, new KeyValuePair<string, object?>("registry.source", registry.Source));
            LogChecksumRejected(logger, champion.Version);
            throw;
        }

        var model = loader(folder);
        // The pointer moves only after the model loaded, and before anyone hears of the swap.
        await cache.WriteCurrentAsync(new CachePointer(champion.Version, champion.ModelId, DateTimeOffset.UtcNow), cancellationToken);
        holder.Swap(new LoadedModel<T>(model, champion.Version, champion.ModelId, folder, DateTimeOffset.UtcNow));
        MlflowTelemetry.ModelSwaps.Add(1, new KeyValuePair<string, object?>("registry.source", registry.Source));
        LogSwapped(logger, champion.Version, options.Alias);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cached model version {Version} is missing or fails its checksums; waiting for the registry")]
    private static partial void LogCachedCopyUnusable(ILogger logger, string version);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded cached model version {Version}")]
    private static partial void LogLoadedFromCache(ILogger logger, string version);

    [LoggerMessage(Level = LogLevel.Error, Message = "Model version {Version} rejected: checksums do not match; keeping the current model")]
    private static partial void LogChecksumRejected(ILogger logger, string version);

    [LoggerMessage(Level = LogLevel.Information, Message = "Swapped in model version {Version} (alias {Alias})")]
    private static partial void LogSwapped(ILogger logger, string version, string alias);
}
