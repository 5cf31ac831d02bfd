using System.Text.Json;
using LlmSafety.Mlflow.LocalStore;
using LlmSafety.Mlflow.Registry;
using LlmSafety.Mlflow.Tests.Support;

namespace LlmSafety.Mlflow.Tests.LocalStore;

public sealed class LocalStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly LocalModelStoreOptions _options;

    public LocalStoreTests() => _options = new LocalModelStoreOptions { Path = _folder.Combine("store") };

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Run_keeps_params_metric_history_tags_datasets_and_artifacts()
    {
        var tracker = new LocalExperimentTracker(_options, "exp");
        var run = await tracker.StartRunAsync("train-1", new Dictionary<string, string> { ["git"] = "abc" });
        await tracker.LogParamsAsync(run.RunId, new Dictionary<string, string> { ["seed"] = "42" });
        await tracker.LogMetricsAsync(run.RunId, new Dictionary<string, double> { ["loss"] = 0.5 }, step: 0);
        await tracker.LogMetricsAsync(run.RunId, new Dictionary<string, double> { ["loss"] = 0.25 }, step: 1);
        await tracker.LogDatasetAsync(run.RunId, new DatasetInputInfo("narratives", "d1", "simulated", "seed:42", "train"));
        await tracker.LogArtifactFileAsync(run.RunId, _folder.WriteFile("plots/pr.svg", "<svg/>"), "plots");
        _folder.WriteFile("report/a/b.json", "{}");
        await tracker.LogArtifactFolderAsync(run.RunId, _folder.Combine("report"), "evaluation");
        await tracker.EndRunAsync(run.RunId, RunOutcome.Finished);

        var record = await tracker.GetRunAsync(run.RunId);
        Assert.Equal("FINISHED", record.Status);
        Assert.NotNull(record.EndTime);
        Assert.Equal("42", record.Params["seed"]);
        Assert.Equal(0.25, record.Metrics["loss"]);
        Assert.Equal("train-1", record.Tags["mlflow.runName"]);
        Assert.Equal("train", Assert.Single(record.Datasets).Context);
        Assert.Equal(2, (await tracker.GetMetricHistoryAsync(run.RunId, "loss", default)).Count);

        var downloaded = _folder.Combine("downloaded");
        await tracker.DownloadArtifactsAsync(run.RunId, null, downloaded);
        Assert.Equal("<svg/>", await File.ReadAllTextAsync(Path.Combine(downloaded, "plots", "pr.svg")));
        Assert.Equal("{}", await File.ReadAllTextAsync(Path.Combine(downloaded, "evaluation", "a", "b.json")));

        await Assert.ThrowsAsync<InvalidOperationException>(() => tracker.LogParamsAsync(run.RunId, new Dictionary<string, string> { ["seed"] = "7" }));
        await Assert.ThrowsAsync<ArgumentException>(() => tracker.LogParamsAsync(run.RunId, new Dictionary<string, string> { ["prompt"] = new string('x', 6001) }));
        await Assert.ThrowsAsync<ArgumentException>(() => tracker.LogArtifactFileAsync(run.RunId, _folder.Combine("plots", "pr.svg"), "../../escape"));
    }

    [Fact]
    public async Task Versions_aliases_and_tags_are_shared_between_two_store_instances()
    {
        // Two instances over one folder stand for the trainer and the api processes.
        var trainerTracker = new LocalExperimentTracker(_options, "exp");
        var trainerRegistry = new LocalModelRegistry(_options, "judge");
        var apiRegistry = new LocalModelRegistry(new LocalModelStoreOptions { Path = _options.Path }, "judge");

        var run = await trainerTracker.StartRunAsync("r");
        await trainerTracker.LogMetricsAsync(run.RunId, new Dictionary<string, double> { ["identity.f2"] = 0.97 });
        var v1 = await trainerRegistry.RegisterVersionAsync(run.RunId, JudgeModelFiles.Write(_folder, "one"));
        var v2 = await trainerRegistry.RegisterVersionAsync(run.RunId, JudgeModelFiles.Write(_folder, "two"), "second");
        await trainerRegistry.SetAliasAsync("champion", v2.Version);
        await trainerRegistry.SetVersionTagAsync(v1.Version, "challenger", "worse");

        Assert.Equal(("1", "2"), (v1.Version, v2.Version));
        Assert.Matches("^m-[0-9a-f]{32}$", v1.ModelId!);
        var champion = await apiRegistry.GetVersionByAliasAsync("champion");
        Assert.Equal("2", champion!.Version);
        Assert.Equal(0.97, champion.RunMetrics["identity.f2"]);
        var versions = await apiRegistry.ListVersionsAsync();
        Assert.Equal(["2", "1"], versions.Select(version => version.Version));
        Assert.Equal("worse", versions[1].Tags["challenger"]);
        Assert.Equal(["champion"], versions[0].Aliases);

        var downloaded = _folder.Combine("v2");
        await apiRegistry.DownloadVersionAsync("2", downloaded);
        Assert.Equal("two", JudgeModelFiles.LoadModelText(downloaded));

        await trainerRegistry.DeleteAliasAsync("champion");
        Assert.Null(await apiRegistry.GetVersionByAliasAsync("champion"));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => apiRegistry.SetAliasAsync("champion", "9"));
    }

    [Fact]
    public async Task Concurrent_registrations_and_alias_moves_never_clash_or_tear_the_alias_file()
    {
        var tracker = new LocalExperimentTracker(_options, "exp");
        var run = await tracker.StartRunAsync("r");
        var registries = Enumerable.Range(0, 4).Select(_ => new LocalModelRegistry(new LocalModelStoreOptions { Path = _options.Path }, "judge")).ToList();

        var registered = await Task.WhenAll(registries.Select(registry => Task.Run(() => registry.RegisterVersionAsync(run.RunId, JudgeModelFiles.Write(_folder, "m")))));
        Assert.Equal(["1", "2", "3", "4"], registered.Select(version => version.Version).Order(StringComparer.Ordinal));

        var aliasesFile = Path.Combine(_options.Path, "models", "judge", "aliases.json");
        using var stop = new CancellationTokenSource();
        var reader = Task.Run(async () =>
        {
            var reads = 0;
            while (!stop.IsCancellationRequested || reads == 0)
            {
                if (File.Exists(aliasesFile))
                {
                    // Every read must parse: the file is only ever replaced by rename.
                    JsonSerializer.Deserialize<Dictionary<string, string>>(await File.ReadAllTextAsync(aliasesFile));
                    reads++;
                }

                await Task.Yield();
            }

            return reads;
        });
        await Task.WhenAll(registries.Select((registry, index) => Task.Run(async () =>
        {
            for (var move = 0; move < 10; move++)
            {
                await registry.SetAliasAsync($"alias{index}", ((move % 4) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        })));
        await stop.CancelAsync();
        Assert.True(await reader > 0);

        var aliases = JsonSerializer.Deserialize<Dictionary<string, string>>(await File.ReadAllTextAsync(aliasesFile))!;
        Assert.Equal(4, aliases.Count);
        Assert.All(aliases.Values, version => Assert.Equal("2", version));
        Assert.Empty(Directory.GetDirectories(Path.Combine(_options.Path, "models", "judge", "versions"), ".staging-*"));
    }
}
