using LlmSafety.Mlflow.Lifecycle;
using LlmSafety.Mlflow.Packaging;
using LlmSafety.Mlflow.Registry;
using LlmSafety.Mlflow.Tests.Support;

namespace LlmSafety.Mlflow.Tests.Lifecycle;

/// <summary>The whole log → register → promote flow, run unchanged against the MLflow stand-in and the local store.</summary>
public sealed class ModelLifecycleTests
{
    public static TheoryData<string> Backends => new() { RegistryBackend.Mlflow, RegistryBackend.Local };

    private static Dictionary<string, double> Metrics(double identityF2, double healthF2) => new()
    {
        ["identity.f2"] = identityF2,
        ["health.f2"] = healthF2,
        ["identity.recall"] = 0.995,
        ["health.recall"] = 0.985,
        ["identity.precision"] = 0.98,
        ["health.precision"] = 0.975,
    };

    private static LifecycleRequest Request(TempFolder folder, string modelText, Dictionary<string, double> metrics) =>
        new(JudgeModelFiles.Write(folder, modelText))
        {
            Params = new Dictionary<string, string> { ["seed"] = "42", ["trainer"] = "sdca" },
            Metrics = metrics,
            Tags = new Dictionary<string, string> { ["dataset.version"] = "sim-1" },
            Artifacts = [new ArtifactToLog(folder.WriteFile($"plots-{modelText}/pr-curve.svg", "<svg/>"), "plots")],
            Datasets = [new DatasetInputInfo("narratives-train", "digest-1", "simulated", "simulator://seed/42", "train")],
            VersionDescription = "judge",
        };

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task First_version_becomes_champion_and_a_worse_second_stays_a_tagged_challenger(string backend)
    {
        await using var registry = await RegistryBackend.CreateAsync(backend);

        var first = await registry.Lifecycle.LogAndRegisterAsync("train-1", Request(registry.Folder, "v1", Metrics(0.98, 0.982)));
        Assert.True(first.Decision.Promote);
        Assert.Equal("1", first.Version);

        var second = await registry.Lifecycle.LogAndRegisterAsync("train-2", Request(registry.Folder, "v2", Metrics(0.99, 0.961)));
        Assert.False(second.Decision.Promote);
        Assert.Equal("2", second.Version);
        Assert.Equal("1", second.PreviousChampionVersion);

        var champion = await registry.Registry.GetVersionByAliasAsync("champion");
        Assert.Equal("1", champion!.Version);
        Assert.Equal("promoted", champion.Tags[PromotionDecision.PromotionTag]);

        var challenger = await registry.Registry.GetVersionAsync("2");
        Assert.Equal("rejected", challenger.Tags[PromotionDecision.PromotionTag]);
        Assert.Equal("health.f2 0.961 < champion 0.982 (v1)", challenger.Tags[PromotionDecision.ChallengerTag]);
        Assert.Equal(challenger.Tags[PromotionDecision.ChallengerTag], challenger.Tags[PromotionDecision.PromotionReasonTag]);
        Assert.Empty(challenger.Aliases);

        var run = await registry.Tracker.GetRunAsync(second.RunId);
        Assert.Equal("FINISHED", run.Status);
        Assert.Equal("sdca", run.Params["trainer"]);
        Assert.Equal(0.961, run.Metrics["health.f2"]);
        Assert.Equal("2", run.Tags["registered_model.version"]);
        Assert.Equal("train", Assert.Single(run.Datasets).Context);

        var artifacts = registry.Folder.Combine("run-artifacts");
        await registry.Tracker.DownloadArtifactsAsync(second.RunId, "plots", artifacts);
        Assert.True(File.Exists(Path.Combine(artifacts, "pr-curve.svg")));

        var versions = await registry.Registry.ListVersionsAsync();
        Assert.Equal(["2", "1"], versions.Select(version => version.Version));
        Assert.Equal(0.982, versions[1].RunMetrics["health.f2"]);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task A_better_version_takes_the_alias_and_downloads_as_a_verified_mlflow_model(string backend)
    {
        await using var registry = await RegistryBackend.CreateAsync(backend);
        await registry.Lifecycle.LogAndRegisterAsync("train-1", Request(registry.Folder, "v1", Metrics(0.97, 0.97)));
        var better = await registry.Lifecycle.LogAndRegisterAsync("train-2", Request(registry.Folder, "v2", Metrics(0.99, 0.97)));

        Assert.True(better.Decision.Promote);
        var champion = await registry.Registry.GetVersionByAliasAsync("champion");
        Assert.Equal("2", champion!.Version);
        Assert.Equal(better.ModelId, champion.ModelId);

        var folder = registry.Folder.Combine("champion");
        await registry.Registry.DownloadVersionAsync(champion.Version, folder);
        Assert.True((await ModelChecksums.VerifyAsync(folder)).IsValid);
        var mlmodel = MlmodelDocument.Read(folder);
        Assert.Equal((better.ModelId, better.RunId), (mlmodel.ModelId, mlmodel.RunId));
        Assert.Equal("v2", JudgeModelFiles.LoadModelText(folder));
        Assert.True(File.Exists(Path.Combine(folder, "policy.json")));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task Run_ends_failed_when_the_body_throws(string backend)
    {
        await using var registry = await RegistryBackend.CreateAsync(backend);
        string? runId = null;

        await Assert.ThrowsAsync<InvalidDataException>(() => registry.Lifecycle.RunAsync<int>("train", null, (run, _) =>
        {
            runId = run.RunId;
            throw new InvalidDataException("training data was empty");
        }));

        Assert.Equal("FAILED", (await registry.Tracker.GetRunAsync(runId!)).Status);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task Run_ends_failed_when_registration_fails_and_no_version_appears(string backend)
    {
        await using var registry = await RegistryBackend.CreateAsync(backend);
        var request = new LifecycleRequest(new ModelPackageContents(registry.Folder.Combine("missing.zip"))) { Metrics = Metrics(0.99, 0.99) };

        await Assert.ThrowsAsync<FileNotFoundException>(() => registry.Lifecycle.LogAndRegisterAsync("train", request));

        Assert.Empty(await registry.Registry.ListVersionsAsync());
        Assert.Null(await registry.Registry.GetVersionByAliasAsync("champion"));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task Missing_version_is_key_not_found_on_both_backends(string backend)
    {
        await using var registry = await RegistryBackend.CreateAsync(backend);
        await registry.Lifecycle.LogAndRegisterAsync("train-1", Request(registry.Folder, "v1", Metrics(0.98, 0.98)));

        await Assert.ThrowsAsync<KeyNotFoundException>(() => registry.Registry.GetVersionAsync("7"));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => registry.Registry.DownloadVersionAsync("7", registry.Folder.Combine("nowhere")));
    }

    [Fact]
    public async Task A_cancellation_while_the_run_is_being_created_still_ends_that_run_killed()
    {
        // SIGTERM can land after the server created the run but before its response is read; the run must not be
        // left RUNNING. A token cancelled from the start is the extreme of that window.
        await using var registry = await RegistryBackend.CreateAsync(RegistryBackend.Mlflow);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var bodyRan = false;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => registry.Lifecycle.RunAsync("train", null, (_, _) =>
        {
            bodyRan = true;
            return Task.FromResult(0);
        }, cancelled.Token));

        Assert.False(bodyRan);
        var run = Assert.Single(registry.StandIn!.State.Runs.Values);
        Assert.Equal("KILLED", run.Status);
    }

    [Fact]
    public async Task Mlflow_registration_logs_a_ready_logged_model_linked_to_the_run()
    {
        await using var registry = await RegistryBackend.CreateAsync(RegistryBackend.Mlflow);
        var result = await registry.Lifecycle.LogAndRegisterAsync("train-1", Request(registry.Folder, "v1", Metrics(0.98, 0.98)));

        var state = registry.StandIn!.State;
        var loggedModel = state.LoggedModels[result.ModelId!];
        Assert.Equal("LOGGED_MODEL_READY", loggedModel.Status);
        Assert.Equal(result.RunId, loggedModel.SourceRunId);
        Assert.Contains(state.Run(result.RunId).ModelOutputs, output => output.ModelId == result.ModelId);
        var version = state.RegisteredModels["llm-safety-judge"].Versions.Single();
        Assert.Equal($"models:/{result.ModelId}", version.Source);
        Assert.Equal(result.ModelId, version.ModelId);
        Assert.Equal("FINISHED", state.Run(result.RunId).Status);
        Assert.Contains($"1/models/{result.ModelId}/artifacts/MLmodel", state.Artifacts.Keys);
        Assert.Contains($"1/models/{result.ModelId}/artifacts/checksums.json", state.Artifacts.Keys);
        Assert.Contains($"1/{result.RunId}/artifacts/plots/pr-curve.svg", state.Artifacts.Keys);
    }
}
