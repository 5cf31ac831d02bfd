extern alias trainer;

using System.Diagnostics;
using System.Globalization;
using LlmSafety.Mlflow.Client;
using LlmSafety.Mlflow.Client.Contracts;
using LlmSafety.Mlflow.Configuration;
using LlmSafety.Mlflow.StandIn;
using LlmSafety.Reliability.Tests.Fixtures;
using trainer::LlmSafety.Trainer.Training;

namespace LlmSafety.Reliability.Tests.Training;

/// <summary>
/// A trainer SIGKILLed mid-run leaves its MLflow run RUNNING; the next trainer start ends it FAILED without touching
/// live runs, registered versions or the champion alias.
/// </summary>
[Collection(TrainedJudgeCollection.Name)]
public sealed class StaleRunCleanupTests(TrainedJudgeFixture judge)
{
    private const string Experiment = MlflowOptions.DefaultExperimentName;

    [Fact]
    public async Task Runs_left_running_by_a_killed_trainer_end_failed_and_the_champion_stays()
    {
        await using var mlflow = await MlflowStandIn.StartAsync();
        var champion = await judge.RegisterAsync(mlflow);
        using var http = mlflow.CreateHttpClient();
        var client = new MlflowClient(http);
        var experimentId = await client.GetOrCreateExperimentAsync(Experiment);

        var killedTrainer = await KilledProcessIdAsync();
        var orphan = await client.CreateRunAsync(experimentId, "judge-killed", TrainerTags(Environment.MachineName, killedTrainer));
        var live = await client.CreateRunAsync(experimentId, "judge-live", TrainerTags(Environment.MachineName, Environment.ProcessId));
        var otherHost = await client.CreateRunAsync(experimentId, "judge-elsewhere", TrainerTags("another-host", killedTrainer));
        var versionsBefore = await client.SearchModelVersionsAsync($"name = '{MlflowOptions.DefaultRegisteredModelName}'");

        var ended = await StaleRunCleanup.EndStaleRunsAsync(client, Experiment, CancellationToken.None);

        Assert.Equal([orphan.Info.RunId], ended);
        var orphanAfter = await client.GetRunAsync(orphan.Info.RunId);
        Assert.Equal(MlflowRunStatus.Failed, orphanAfter.Info.Status);
        Assert.NotNull(orphanAfter.Info.EndTime);
        Assert.Contains(orphanAfter.Data!.Tags!, tag => tag.Key == StaleRunCleanup.EndedByTag && tag.Value == StaleRunCleanup.EndedByValue);
        // A run on another host may belong to a trainer that still lives there; only age may end it.
        Assert.Equal(MlflowRunStatus.Running, (await client.GetRunAsync(otherHost.Info.RunId)).Info.Status);
        Assert.Equal(MlflowRunStatus.Running, (await client.GetRunAsync(live.Info.RunId)).Info.Status);
        Assert.Equal(versionsBefore.Count, (await client.SearchModelVersionsAsync($"name = '{MlflowOptions.DefaultRegisteredModelName}'")).Count);
        Assert.Equal(champion.Version, (await client.GetModelVersionByAliasAsync(MlflowOptions.DefaultRegisteredModelName, "champion"))!.Version);
        Assert.Empty(await StaleRunCleanup.EndStaleRunsAsync(client, Experiment, CancellationToken.None));
    }

    [Fact]
    public async Task A_missing_experiment_has_nothing_to_clean()
    {
        await using var mlflow = await MlflowStandIn.StartAsync();
        using var http = mlflow.CreateHttpClient();

        Assert.Empty(await StaleRunCleanup.EndStaleRunsAsync(new MlflowClient(http), "never-created", CancellationToken.None));
    }

    private static List<MlflowTag> TrainerTags(string host, int processId) =>
    [
        new("mlflow.source.name", "LlmSafety.Trainer"),
        new(StaleRunCleanup.HostTag, host),
        new(StaleRunCleanup.ProcessIdTag, processId.ToString(CultureInfo.InvariantCulture)),
    ];

    /// <summary>The id of a real process that was SIGKILLed, as a trainer killed by the OOM killer would be.</summary>
    private static async Task<int> KilledProcessIdAsync()
    {
        using var process = Process.Start(new ProcessStartInfo("/bin/sleep", "60") { UseShellExecute = false })!;
        var processId = process.Id;
        process.Kill();
        await process.WaitForExitAsync();
        return processId;
    }
}
