using System.Diagnostics;
using System.Globalization;
using LlmSafety.Mlflow.Client;
using LlmSafety.Mlflow.Client.Contracts;

namespace LlmSafety.Trainer.Training;

/// <summary>
/// A trainer killed with SIGKILL (or an OOM kill) cannot end its MLflow run, which then stays RUNNING forever.
/// The next trainer start ends such runs FAILED: a run is stale when its owner tags name this host and a process id
/// that no longer runs, or when it has been RUNNING longer than <see cref="AbandonedAfter"/> (another host, or no tags).
/// </summary>
public static class StaleRunCleanup
{
    public const string HostTag = "llmsafety.trainer.host";
    public const string ProcessIdTag = "llmsafety.trainer.pid";
    public const string EndedByTag = "llmsafety.ended_by";
    public const string EndedByValue = "stale-run-cleanup";

    /// <summary>No training of this judge takes a day; a run RUNNING that long has lost its trainer.</summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromHours(24);

    /// <summary>The tags a trainer puts on its run so that a later start can tell whether the run's owner still lives.</summary>
    public static IReadOnlyDictionary<string, string> OwnerTags() => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [HostTag] = Environment.MachineName,
        [ProcessIdTag] = Environment.ProcessId.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Ends the experiment's stale trainer runs FAILED and returns their ids; a missing experiment has none.</summary>
    public static async Task<IReadOnlyList<string>> EndStaleRunsAsync(
        MlflowClient client, string experimentName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var experiment = await client.GetExperimentByNameAsync(experimentName, cancellationToken);
        if (experiment is null)
        {
            return [];
        }

        var running = await client.SearchRunsAsync(
            [experiment.ExperimentId],
            $"attributes.status = '{MlflowRunStatus.Running}' and tags.`mlflow.source.name` = 'LlmSafety.Trainer'",
            cancellationToken: cancellationToken);

        var ended = new List<string>();
        var now = DateTimeOffset.UtcNow;
        foreach (var run in running.Where(run => IsStale(run, now)))
        {
            await client.LogBatchAsync(run.Info.RunId, tags: [new MlflowTag(EndedByTag, EndedByValue)], cancellationToken: cancellationToken);
            await client.UpdateRunAsync(run.Info.RunId, MlflowRunStatus.Failed, now, cancellationToken);
            ended.Add(run.Info.RunId);
        }

        return ended;
    }

    private static bool IsStale(MlflowRun run, DateTimeOffset now)
    {
        if (run.Info.Status != MlflowRunStatus.Running)
        {
            return false;
        }

        var tags = run.Data?.Tags ?? [];
        var host = tags.FirstOrDefault(tag => tag.Key == HostTag)?.Value;
        var processId = tags.FirstOrDefault(tag => tag.Key == ProcessIdTag)?.Value;
        if (host == Environment.MachineName && int.TryParse(processId, CultureInfo.InvariantCulture, out var pid))
        {
            return pid != Environment.ProcessId && !IsAlive(pid);
        }

        return run.Info.StartTime is { } started && now - DateTimeOffset.FromUnixTimeMilliseconds(started) > AbandonedAfter;
    }

    private static bool IsAlive(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
