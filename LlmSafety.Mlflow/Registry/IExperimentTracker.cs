namespace LlmSafety.Mlflow.Registry;

/// <summary>Records a training run: params, metrics, tags, artifacts and dataset inputs. MLflow or the local store.</summary>
public interface IExperimentTracker
{
    string Source { get; }

    Task<TrackedRun> StartRunAsync(string? runName, IReadOnlyDictionary<string, string>? tags = null, CancellationToken cancellationToken = default);

    Task LogParamsAsync(string runId, IReadOnlyDictionary<string, string> parameters, CancellationToken cancellationToken = default);

    Task LogMetricsAsync(string runId, IReadOnlyDictionary<string, double> metrics, long step = 0, CancellationToken cancellationToken = default);

    Task SetTagsAsync(string runId, IReadOnlyDictionary<string, string> tags, CancellationToken cancellationToken = default);

    /// <summary>Stores a file under the run's artifacts, inside <paramref name="artifactDirectory"/> when given.</summary>
    Task LogArtifactFileAsync(string runId, string localFile, string? artifactDirectory = null, CancellationToken cancellationToken = default);

    /// <summary>Stores every file of a folder, keeping its layout, under <paramref name="artifactDirectory"/> when given.</summary>
    Task LogArtifactFolderAsync(string runId, string localFolder, string? artifactDirectory = null, CancellationToken cancellationToken = default);

    Task LogDatasetAsync(string runId, DatasetInputInfo dataset, CancellationToken cancellationToken = default);

    Task EndRunAsync(string runId, RunOutcome outcome, CancellationToken cancellationToken = default);

    Task<RunRecord> GetRunAsync(string runId, CancellationToken cancellationToken = default);

    /// <summary>Downloads the run's artifacts under <paramref name="artifactPath"/> (all when empty) into a folder.</summary>
    Task DownloadArtifactsAsync(string runId, string? artifactPath, string targetDirectory, CancellationToken cancellationToken = default);
}
