using LlmSafety.Mlflow.Client;
using LlmSafety.Mlflow.Client.Contracts;
using LlmSafety.Mlflow.Registry;

namespace LlmSafety.Mlflow.LocalStore;

/// <summary>Runs kept as <c>run.json</c> plus an artifact folder, with the same lifecycle as MLflow runs.</summary>
public sealed class LocalExperimentTracker(LocalModelStoreOptions options, string experimentName) : IExperimentTracker
{
    public const string LocalExperimentId = "local";

    private readonly LocalStoreLayout _layout = new(options.Path, "_");

    public string Source => RegistrySource.Local;

    public async Task<TrackedRun> StartRunAsync(
        string? runName, IReadOnlyDictionary<string, string>? tags = null, CancellationToken cancellationToken = default)
    {
        var runId = Guid.NewGuid().ToString("N");
        var allTags = new Dictionary<string, string>(tags ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        if (runName is not null)
        {
            allTags["mlflow.runName"] = runName;
        }

        Directory.CreateDirectory(_layout.RunArtifacts(runId));
        var document = new LocalRunDocument(
            runId, experimentName, runName, MlflowRunStatus.Running, DateTimeOffset.UtcNow, null, [], [], allTags, []);
        await AtomicFile.WriteJsonAsync(_layout.RunDocument(runId), document, cancellationToken);
        return new TrackedRun(runId, LocalExperimentId, runName);
    }

    public Task LogParamsAsync(string runId, IReadOnlyDictionary<string, string> parameters, CancellationToken cancellationToken = default) =>
        UpdateAsync(runId, run =>
        {
            foreach (var (key, value) in parameters)
            {
                if (value.Length > LogBatchSplitter.MaxParamValueLength)
                {
                    // Same limit as MLflow, so a run that logs locally also logs to a server.
                    throw new ArgumentException(
                        $"Parameter '{key}' is {value.Length} characters; MLflow accepts at most {LogBatchSplitter.MaxParamValueLength}.",
                        nameof(parameters));
                }

                // MLflow refuses to change a logged param; so does the local store, to keep runs comparable.
                if (run.Params.TryGetValue(key, out var existing) && existing != value)
                {
                    throw new InvalidOperationException($"Parameter '{key}' was already logged with a different value.");
                }

                run.Params[key] = value;
            }

            return run;
        }, cancellationToken);

    public Task LogMetricsAsync(string runId, IReadOnlyDictionary<string, double> metrics, long step = 0, CancellationToken cancellationToken = default)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        return UpdateAsync(runId, run =>
        {
            run.Metrics.AddRange(metrics.Select(pair => new LocalMetricPoint(pair.Key, pair.Value, timestamp, step)));
            return run;
        }, cancellationToken);
    }

    public Task SetTagsAsync(string runId, IReadOnlyDictionary<string, string> tags, CancellationToken cancellationToken = default) =>
        UpdateAsync(runId, run =>
        {
            foreach (var (key, value) in tags)
            {
                run.Tags[key] = value;
            }

            return run;
        }, cancellationToken);

    public async Task LogArtifactFileAsync(string runId, string localFile, string? artifactDirectory = null, CancellationToken cancellationToken = default)
    {
        await RequireRunAsync(runId, cancellationToken);
        var targetFolder = LocalStoreLayout.InsideFolder(_layout.RunArtifacts(runId), artifactDirectory);
        Directory.CreateDirectory(targetFolder);
        await CopyAtomicallyAsync(localFile, Path.Combine(targetFolder, Path.GetFileName(localFile)), cancellationToken);
    }

    public async Task LogArtifactFolderAsync(string runId, string localFolder, string? artifactDirectory = null, CancellationToken cancellationToken = default)
    {
        await RequireRunAsync(runId, cancellationToken);
        var targetRoot = LocalStoreLayout.InsideFolder(_layout.RunArtifacts(runId), artifactDirectory);
        foreach (var file in Directory.EnumerateFiles(localFolder, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(targetRoot, Path.GetRelativePath(localFolder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await CopyAtomicallyAsync(file, target, cancellationToken);
        }
    }

    public Task LogDatasetAsync(string runId, DatasetInputInfo dataset, CancellationToken cancellationToken = default) =>
        UpdateAsync(runId, run =>
        {
            run.Datasets.RemoveAll(existing => existing.Name == dataset.Name && existing.Digest == dataset.Digest && existing.Context == dataset.Context);
            run.Datasets.Add(dataset);
            return run;
        }, cancellationToken);

    public Task EndRunAsync(string runId, RunOutcome outcome, CancellationToken cancellationToken = default) =>
        UpdateAsync(runId, run => run with
        {
            Status = outcome switch
            {
                RunOutcome.Finished => MlflowRunStatus.Finished,
                RunOutcome.Killed => MlflowRunStatus.Killed,
                _ => MlflowRunStatus.Failed,
            },
            EndTime = DateTimeOffset.UtcNow,
        }, cancellationToken);

    public async Task<RunRecord> GetRunAsync(string runId, CancellationToken cancellationToken = default)
    {
        var run = await RequireRunAsync(runId, cancellationToken);
        return ToRecord(run);
    }

    public async Task DownloadArtifactsAsync(string runId, string? artifactPath, string targetDirectory, CancellationToken cancellationToken = default)
    {
        await RequireRunAsync(runId, cancellationToken);
        var source = LocalStoreLayout.InsideFolder(_layout.RunArtifacts(runId), artifactPath);
        if (File.Exists(source))
        {
            Directory.CreateDirectory(targetDirectory);
            File.Copy(source, Path.Combine(targetDirectory, Path.GetFileName(source)), overwrite: true);
            return;
        }

        LocalFolders.CopyRecursively(source, targetDirectory);
    }

    internal async Task<IReadOnlyList<LocalMetricPoint>> GetMetricHistoryAsync(string runId, string key, CancellationToken cancellationToken)
    {
        var run = await RequireRunAsync(runId, cancellationToken);
        return run.Metrics.Where(point => point.Key == key).ToList();
    }

    internal static RunRecord ToRecord(LocalRunDocument run) => new(
        run.RunId,
        LocalExperimentId,
        run.RunName,
        run.Status,
        run.StartTime,
        run.EndTime,
        new Dictionary<string, string>(run.Params, StringComparer.Ordinal),
        run.Metrics.GroupBy(point => point.Key, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.OrderBy(point => point.Step).ThenBy(point => point.Timestamp).Last().Value, StringComparer.Ordinal),
        new Dictionary<string, string>(run.Tags, StringComparer.Ordinal),
        run.Datasets.ToList());

    internal static async Task<LocalRunDocument?> TryReadRunAsync(LocalModelStoreOptions options, string runId, CancellationToken cancellationToken) =>
        await AtomicFile.ReadJsonAsync<LocalRunDocument>(new LocalStoreLayout(options.Path).RunDocument(runId), cancellationToken);

    private async Task<LocalRunDocument> RequireRunAsync(string runId, CancellationToken cancellationToken) =>
        await AtomicFile.ReadJsonAsync<LocalRunDocument>(_layout.RunDocument(runId), cancellationToken)
            ?? throw new KeyNotFoundException($"Run {runId} does not exist in the local model store.");

    private async Task UpdateAsync(string runId, Func<LocalRunDocument, LocalRunDocument> change, CancellationToken cancellationToken)
    {
        using var fileLock = await FileLock.AcquireAsync(_layout.RunLock(runId), LocalStoreLayout.LockTimeout, cancellationToken);
        var run = await RequireRunAsync(runId, cancellationToken);
        await AtomicFile.WriteJsonAsync(_layout.RunDocument(runId), change(run), cancellationToken);
    }

    private static async Task CopyAtomicallyAsync(string source, string target, CancellationToken cancellationToken)
    {
        var temp = $"{target}.{Guid.NewGuid():N}.tmp";
        await using (var input = File.OpenRead(source))
        await using (var output = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
        {
            await input.CopyToAsync(output, cancellationToken);
        }

        File.Move(temp, target, overwrite: true);
    }
}
