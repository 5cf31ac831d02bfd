extern alias trainer;

using System.Diagnostics;
using LlmSafety.Mlflow.Client;
using LlmSafety.Mlflow.Client.Contracts;
using LlmSafety.Mlflow.Configuration;
using LlmSafety.Mlflow.StandIn;
using trainer::LlmSafety.Trainer.Training;

namespace LlmSafety.Reliability.Tests.Training;

/// <summary>
/// The real trainer process (<c>dotnet LlmSafety.Trainer.dll train</c>) tracking into the MLflow stand-in, killed
/// once its run is RUNNING: SIGTERM ends the run KILLED; after SIGKILL the next start's cleanup ends it FAILED.
/// Either way no model version is registered and no alias is set.
/// </summary>
public sealed class KilledTrainerTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly DirectoryInfo _output = Directory.CreateTempSubdirectory("llmsafety-killed-trainer-");

    public void Dispose() => _output.Delete(recursive: true);

    [Fact]
    public async Task Sigterm_mid_run_ends_the_run_killed_and_registers_nothing()
    {
        await using var mlflow = await MlflowStandIn.StartAsync();
        var output = new System.Text.StringBuilder();
        using var trainer = StartTrainer(mlflow, output: output);
        var run = await WaitForRunningRunAsync(mlflow, trainer);

        using (var signal = Process.Start("/bin/kill", ["-TERM", trainer.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await signal.WaitForExitAsync();
        }

        using var exited = new CancellationTokenSource(Patience);
        await trainer.WaitForExitAsync(exited.Token);
        Assert.NotEqual(0, trainer.ExitCode);
        Assert.True(Status(mlflow, run) == MlflowRunStatus.Killed, output.ToString());
        await AssertNothingRegisteredAsync(mlflow);
    }

    [Fact]
    public async Task Sigkill_mid_run_leaves_the_run_running_until_the_next_trainer_start_ends_it_failed()
    {
        await using var mlflow = await MlflowStandIn.StartAsync();
        using var trainer = StartTrainer(mlflow);
        var run = await WaitForRunningRunAsync(mlflow, trainer);

        trainer.Kill();
        await trainer.WaitForExitAsync();
        Assert.Equal(MlflowRunStatus.Running, Status(mlflow, run));

        var output = new System.Text.StringBuilder();
        using var next = StartTrainer(mlflow, count: 300, output);
        using (var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3)))
        {
            await next.WaitForExitAsync(timeout.Token);
        }

        Assert.True(next.ExitCode == 0, output.ToString());
        // Spectre wraps the line at the console width, so the run id is looked for on its own.
        Assert.Contains("ended 1 run(s) left RUNNING by a trainer that died", output.ToString(), StringComparison.Ordinal);
        Assert.Contains(run, output.ToString(), StringComparison.Ordinal);
        Assert.Equal(MlflowRunStatus.Failed, Status(mlflow, run));
    }

    private Process StartTrainer(MlflowStandIn mlflow, int count = 20000, System.Text.StringBuilder? output = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "LlmSafety.Trainer.dll"));
        // Enough data that training is still under way when the signal arrives.
        foreach (var argument in new[] { "train", "--count", count.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", _output.FullName })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["Mlflow__TrackingUri"] = mlflow.BaseAddress.ToString();
        start.Environment["OTEL_EXPORTER_OTLP_ENDPOINT"] = string.Empty;
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, line) => Append(output, line.Data);
        process.ErrorDataReceived += (_, line) => Append(output, line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static void Append(System.Text.StringBuilder? output, string? line)
    {
        if (output is not null && line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }

    private static async Task<string> WaitForRunningRunAsync(MlflowStandIn mlflow, Process trainer)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < Patience)
        {
            lock (mlflow.State.Gate)
            {
                if (mlflow.State.Runs.Values.FirstOrDefault(run => run.Status == MlflowRunStatus.Running) is { } running)
                {
                    return running.RunId;
                }
            }

            Assert.False(trainer.HasExited, $"the trainer exited with {(trainer.HasExited ? trainer.ExitCode : 0)} before its run started");
            await Task.Delay(100);
        }

        trainer.Kill();
        throw new TimeoutException("the trainer never opened an MLflow run");
    }

    private static string Status(MlflowStandIn mlflow, string runId)
    {
        lock (mlflow.State.Gate)
        {
            return mlflow.State.Runs[runId].Status;
        }
    }

    private static async Task AssertNothingRegisteredAsync(MlflowStandIn mlflow)
    {
        using var http = mlflow.CreateHttpClient();
        var client = new MlflowClient(http);
        var versions = await client.SearchModelVersionsAsync($"name = '{MlflowOptions.DefaultRegisteredModelName}'");
        Assert.Empty(versions);
        Assert.Null(await client.GetModelVersionByAliasAsync(MlflowOptions.DefaultRegisteredModelName, "champion"));
    }
}
