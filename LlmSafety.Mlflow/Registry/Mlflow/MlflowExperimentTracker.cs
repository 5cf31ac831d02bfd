using System.Collections.Concurrent;
using LlmSafety.Mlflow.Client;
using LlmSafety.Mlflow.Client.Contracts;
using LlmSafety.Mlflow.Configuration;

namespace LlmSafety.Mlflow.Registry.Mlflow;

/// <summary>Tracks runs in the MLflow experiment named by <see cref="MlflowOptions.ExperimentName"/>.</summary>
public sealed class MlflowExperimentTracker(Func<MlflowClient> clientFactory, MlflowOptions options) : IExperimentTracker
{
    private readonly ConcurrentDictionary<string, string> _artifactUris = new(StringComparer.Ordinal);

    public string Source => RegistrySource.Mlflow;

    public async Task<TrackedRun> StartRunAsync(
        string? runName, IReadOnlyDictionary<string, string>? tags = null, CancellationToken cancellationToken = default)
    {
        var client = clientFactory();
        var experimentId = await client.GetOrCreateExperimentAsync(options.ExperimentName, cancellationToken);
        var run = await client.CreateRunAsync(experimentId, runName, ToTags(tags), cancellationToken);
        _artifactUris[run.Info.RunId] = run.Info.ArtifactUri;
        return new TrackedRun(run.Info.RunId, experimentId, run.Info.RunName);
    }

    public Task LogParamsAsync(string runId, IReadOnlyDictionary<string, string> parameters, CancellationToken cancellationToken = default) =>
        clientFactory().LogBatchAsync(
            runId, parameters: parameters.Select(pair => new MlflowParam(pair.Key, pair.Value)).ToList(), cancellationToken: cancellationToken);

    public Task LogMetricsAsync(string runId, IReadOnlyDictionary<string, double> metrics, long step = 0, CancellationToken cancellationToken = default)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        return clientFactory().LogBatchAsync(
            runId, metrics: metrics.Select(pair => new MlflowMetric(pair.Key, pair.Value, timestamp, step)).ToList(), cancellationToken: cancellationToken);
    }

    public Task SetTagsAsync(string runId, IReadOnlyDictionary<string, string> tags, CancellationToken cancellationToken = default) =>
        clientFactory().LogBatchAsync(runId, tags: ToTags(tags), cancellationToken: cancellationToken);

    public async Task LogArtifactFileAsync(string runId, string localFile, string? artifactDirectory = null, CancellationToken cancellationToken = default)
    {
        var artifactUri = await ArtifactUriAsync(runId, cancellationToken);
        await clientFactory().UploadFileAsync(
            artifactUri, localFile, MlflowArtifactPath.Combine(artifactDirectory ?? string.Empty, Path.GetFileName(localFile)), cancellationToken);
    }

    public async Task LogArtifactFolderAsync(string runId, string localFolder, string? artifactDirectory = null, CancellationToken cancellationToken = default)
    {
        var artifactUri = await ArtifactUriAsync(runId, cancellationToken);
        await clientFactory().UploadFolderAsync(artifactUri, localFolder, artifactDirectory, cancellationToken);
    }

    public Task LogDatasetAsync(string runId, DatasetInputInfo dataset, CancellationToken cancellationToken = default)
    {
        var input = new MlflowDatasetInput(
            [new MlflowTag(DatasetInputInfo.ContextTagKey, dataset.Context)],
            new MlflowDataset(dataset.Name, dataset.Digest, dataset.SourceType, dataset.Source, dataset.Schema, dataset.Profile));
        return clientFactory().LogInputsAsync(runId, [input], cancellationToken);
    }

    public async Task EndRunAsync(string runId, RunOutcome outcome, CancellationToken cancellationToken = default)
    {
        var status = outcome switch
        {
            RunOutcome.Finished => MlflowRunStatus.Finished,
            RunOutcome.Killed => MlflowRunStatus.Killed,
            _ => MlflowRunStatus.Failed,
        };
        await clientFactory().UpdateRunAsync(runId, status, cancellationToken: cancellationToken);
        _artifactUris.TryRemove(runId, out _);
    }

    public async Task<RunRecord> GetRunAsync(string runId, CancellationToken cancellationToken = default)
    {
        var run = await clientFactory().GetRunAsync(runId, cancellationToken);
        return ToRecord(run);
    }

    public async Task DownloadArtifactsAsync(string runId, string? artifactPath, string targetDirectory, CancellationToken cancellationToken = default) =>
        await clientFactory().DownloadArtifactsAsync(RunsUri.For(runId, artifactPath ?? string.Empty), targetDirectory, cancellationToken);

    internal static RunRecord ToRecord(MlflowRun run) => new(
        run.Info.RunId,
        run.Info.ExperimentId,
        run.Info.RunName,
        run.Info.Status,
        FromMilliseconds(run.Info.StartTime),
        FromMilliseconds(run.Info.EndTime),
        (run.Data?.Params ?? []).ToDictionary(param => param.Key, param => param.Value, StringComparer.Ordinal),
        (run.Data?.Metrics ?? []).GroupBy(metric => metric.Key, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.OrderBy(metric => metric.Step).ThenBy(metric => metric.Timestamp).Last().Value, StringComparer.Ordinal),
        (run.Data?.Tags ?? []).ToDictionary(tag => tag.Key, tag => tag.Value, StringComparer.Ordinal),
        (run.Inputs?.DatasetInputs ?? []).Select(input => new DatasetInputInfo(
            input.Dataset.Name,
            input.Dataset.Digest,
            input.Dataset.SourceType,
            input.Dataset.Source,
            input.Tags?.FirstOrDefault(tag => tag.Key == DatasetInputInfo.ContextTagKey)?.Value ?? string.Empty,
            input.Dataset.Schema,
            input.Dataset.Profile)).ToList());

    private static DateTimeOffset? FromMilliseconds(long? milliseconds) =>
        milliseconds is { } value ? DateTimeOffset.FromUnixTimeMilliseconds(value) : null;

    private static List<MlflowTag> ToTags(IReadOnlyDictionary<string, string>? tags) =>
        (tags ?? new Dictionary<string, string>()).Select(pair => new MlflowTag(pair.Key, pair.Value)).ToList();

    private async Task<string> ArtifactUriAsync(string runId, CancellationToken cancellationToken)
    {
        if (_artifactUris.TryGetValue(runId, out var known))
        {
            return known;
        }

        var run = await clientFactory().GetRunAsync(runId, cancellationToken);
        return _artifactUris[runId] = run.Info.ArtifactUri;
    }

}
