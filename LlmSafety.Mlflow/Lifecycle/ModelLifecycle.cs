using LlmSafety.Mlflow.Registry;
using Microsoft.Extensions.Logging;

namespace LlmSafety.Mlflow.Lifecycle;

/// <summary>
/// Logs a training run, registers its model as a new version and lets <see cref="ChampionPolicy"/> decide whether
/// the champion alias moves. Works the same against MLflow and the local store; a run never stays RUNNING.
/// </summary>
public sealed partial class ModelLifecycle(
    IExperimentTracker tracker, IModelRegistry registry, ChampionPolicy policy, ILogger<ModelLifecycle> logger)
{
    /// <summary>
    /// Starts a run, executes <paramref name="body"/> inside it and ends the run FINISHED, or FAILED when the body
    /// throws (KILLED when cancelled). The exception still propagates.
    /// </summary>
    public async Task<TResult> RunAsync<TResult>(
        string? runName,
        IReadOnlyDictionary<string, string>? tags,
        Func<TrackedRun, CancellationToken, Task<TResult>> body,
        CancellationToken cancellationToken = default)
    {
        // Not the caller's token: once the server has created the run it must be ended, and a cancellation arriving
        // while the response is read would leave it RUNNING with nobody to end it. The body sees the cancellation.
        var run = await tracker.StartRunAsync(runName, tags, CancellationToken.None);
        var outcome = RunOutcome.Failed;
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = await body(run, cancellationToken);
            outcome = RunOutcome.Finished;
            return result;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            outcome = RunOutcome.Killed;
            throw;
        }
        finally
        {
            await EndRunAsync(run.RunId, outcome);
        }
    }

    private async Task EndRunAsync(string runId, RunOutcome outcome)
    {
        try
        {
            // Not the caller's token: a cancelled training must still close its run.
            await tracker.EndRunAsync(runId, outcome, CancellationToken.None);
            LogRunEnded(logger, runId, outcome);
        }
        catch (Exception exception) when (outcome != RunOutcome.Finished)
        {
            // The body's own exception is already propagating and is the one that explains the failure.
            LogRunEndFailed(logger, runId, outcome, exception.GetType().Name);
        }
    }

    /// <summary>Starts a run, logs and registers (see the overload), and closes the run.</summary>
    public Task<LifecycleResult> LogAndRegisterAsync(string? runName, LifecycleRequest request, CancellationToken cancellationToken = default) =>
        RunAsync(runName, request.Tags, (run, token) => LogAndRegisterAsync(run, request, token), cancellationToken);

    /// <summary>
    /// Inside an open run: logs params, metrics, tags, datasets and artifacts, registers the model, then promotes it
    /// to champion or tags it as a challenger with the reason. Every version gets <c>promotion</c> tags.
    /// </summary>
    public async Task<LifecycleResult> LogAndRegisterAsync(TrackedRun run, LifecycleRequest request, CancellationToken cancellationToken = default)
    {
        if (request.Params.Count > 0)
        {
            await tracker.LogParamsAsync(run.RunId, request.Params, cancellationToken);
        }

        if (request.Metrics.Count > 0)
        {
            await tracker.LogMetricsAsync(run.RunId, request.Metrics, cancellationToken: cancellationToken);
        }

        if (request.Tags.Count > 0)
        {
            await tracker.SetTagsAsync(run.RunId, request.Tags, cancellationToken);
        }

        foreach (var dataset in request.Datasets)
        {
            await tracker.LogDatasetAsync(run.RunId, dataset, cancellationToken);
        }

        foreach (var artifact in request.Artifacts)
        {
            if (Directory.Exists(artifact.LocalPath))
            {
                await tracker.LogArtifactFolderAsync(run.RunId, artifact.LocalPath, artifact.ArtifactDirectory, cancellationToken);
            }
            else
            {
                await tracker.LogArtifactFileAsync(run.RunId, artifact.LocalPath, artifact.ArtifactDirectory, cancellationToken);
            }
        }

        var champion = await registry.GetVersionByAliasAsync(policy.Options.Alias, cancellationToken);
        var version = await registry.RegisterVersionAsync(run.RunId, request.Model, request.VersionDescription, cancellationToken);
        var decision = policy.Decide(request.Metrics, champion?.Version, champion?.RunMetrics);

        await registry.SetVersionTagAsync(version.Version, PromotionDecision.PromotionTag, decision.Outcome, cancellationToken);
        await registry.SetVersionTagAsync(version.Version, PromotionDecision.PromotionReasonTag, decision.Reason, cancellationToken);
        if (decision.Promote)
        {
            await registry.SetAliasAsync(policy.Options.Alias, version.Version, cancellationToken);
        }
        else
        {
            await registry.SetVersionTagAsync(version.Version, PromotionDecision.ChallengerTag, decision.Reason, cancellationToken);
        }

        await tracker.SetTagsAsync(
            run.RunId,
            new Dictionary<string, string>
            {
                ["registered_model.version"] = version.Version,
                [PromotionDecision.PromotionTag] = decision.Outcome,
            },
            cancellationToken);

        LogVersionDecided(logger, version.Version, decision.Outcome, champion?.Version ?? "none");
        return new LifecycleResult(run.RunId, version.Version, version.ModelId, decision, champion?.Version);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Run {RunId} ended {Outcome}")]
    private static partial void LogRunEnded(ILogger logger, string runId, RunOutcome outcome);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not mark run {RunId} as {Outcome} ({ExceptionType})")]
    private static partial void LogRunEndFailed(ILogger logger, string runId, RunOutcome outcome, string exceptionType);

    [LoggerMessage(Level = LogLevel.Information, Message = "Model version {Version} {Outcome}; previous champion {ChampionVersion}")]
    private static partial void LogVersionDecided(ILogger logger, string version, string outcome, string championVersion);
}
