using LlmSafety.Mlflow;
using LlmSafety.Mlflow.Lifecycle;
using LlmSafety.Mlflow.Loading;
using LlmSafety.Mlflow.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace LlmSafety.Mlflow.Tests.Loading;

public sealed class ChampionModelLoadingTests
{
    private static readonly TimeSpan SignalTimeout = TimeSpan.FromSeconds(20);

    public static TheoryData<string> Backends => new() { RegistryBackend.Mlflow, RegistryBackend.Local };

    private static Dictionary<string, double> Metrics(double f2) => new()
    {
        ["identity.f2"] = f2,
        ["health.f2"] = f2,
        ["identity.recall"] = 0.995,
        ["health.recall"] = 0.985,
        ["identity.precision"] = 0.98,
        ["health.precision"] = 0.975,
    };

    private static Task<LifecycleResult> TrainAsync(RegistryBackend registry, string modelText, double f2) =>
        registry.Lifecycle.LogAndRegisterAsync("train", new LifecycleRequest(JudgeModelFiles.Write(registry.Folder, modelText)) { Metrics = Metrics(f2) });

    private static ChampionModelSource<string> Source(RegistryBackend registry, string cachePath, ModelHolder<string>? holder = null) =>
        new(
            registry.Registry,
            new ModelCache(cachePath, registry.Registry.ModelName),
            holder ?? new ModelHolder<string>(),
            JudgeModelFiles.LoadModelText,
            new ModelLoadingOptions { CachePath = cachePath },
            NullLogger<ChampionModelSource<string>>.Instance);

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task Poller_picks_up_a_new_champion_without_restart(string backend)
    {
        await using var registry = await RegistryBackend.CreateAsync(backend, new Dictionary<string, string?>
        {
            ["ModelRegistry:PollInterval"] = "00:00:00.100",
        });
        await TrainAsync(registry, "first", 0.97);
        var cachePath = registry.Folder.Combine("cache");

        var services = new ServiceCollection().AddLogging();
        services.AddSingleton(registry.Registry);
        services.AddChampionModel(
            new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ModelRegistry:PollInterval"] = "00:00:00.100",
                ["ModelCache:Path"] = cachePath,
            }).Build(),
            JudgeModelFiles.LoadModelText);
        await using var provider = services.BuildServiceProvider();
        var holder = provider.GetRequiredService<ModelHolder<string>>();
        var firstLoaded = NextChange(holder, "first");
        var poller = provider.GetServices<IHostedService>().Single();
        await poller.StartAsync(CancellationToken.None);
        try
        {
            Assert.Equal("1", (await firstLoaded.WaitAsync(SignalTimeout)).Version);

            var secondLoaded = NextChange(holder, "second");
            await TrainAsync(registry, "second", 0.99);
            var swapped = await secondLoaded.WaitAsync(SignalTimeout);

            Assert.Equal("2", swapped.Version);
            Assert.Equal("second", holder.Current!.Model);
            Assert.Equal("2", (await new ModelCache(cachePath, registry.Registry.ModelName).ReadCurrentAsync(default))!.Version);
        }
        finally
        {
            await poller.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task Checksum_mismatch_is_rejected_and_the_current_model_stays()
    {
        await using var registry = await RegistryBackend.CreateAsync(RegistryBackend.Mlflow);
        var first = await TrainAsync(registry, "first", 0.97);
        var source = Source(registry, registry.Folder.Combine("cache"));
        Assert.True(await source.RefreshAsync(default));

        var second = await TrainAsync(registry, "second", 0.99);
        // Corrupt the stored model file in the artifact store, as a bad upload or tampering would.
        var artifacts = registry.StandIn!.State.Artifacts;
        var modelKey = artifacts.Keys.Single(key => key.Contains(second.ModelId!, StringComparison.Ordinal) && key.EndsWith("judge-model.zip", StringComparison.Ordinal));
        artifacts[modelKey] = "tampered"u8.ToArray();

        using var rejections = new MetricCollector<long>(null, MlflowTelemetry.MeterName, "llmsafety.model.checksum.rejections");
        var error = await Assert.ThrowsAsync<ModelIntegrityException>(() => source.RefreshAsync(default));

        Assert.Contains("judge-model.zip does not match", error.Message, StringComparison.Ordinal);
        Assert.Equal(("first", "1"), (source.Holder.Current!.Model, source.Holder.Current.Version));
        Assert.Equal(first.Version, (await new ModelCache(registry.Folder.Combine("cache"), registry.Registry.ModelName).ReadCurrentAsync(default))!.Version);
        Assert.False(Directory.Exists(Path.Combine(registry.Folder.Combine("cache"), registry.Registry.ModelName, "v2")));
        Assert.Equal(1, rejections.GetMeasurementSnapshot().EvaluateAsCounter());
    }

    [Fact]
    public async Task Restart_without_the_registry_serves_the_last_good_cached_copy()
    {
        var cachePath = Path.Combine(Path.GetTempPath(), $"llm-safety-cache-{Guid.NewGuid():N}");
        try
        {
            await using (var registry = await RegistryBackend.CreateAsync(RegistryBackend.Mlflow))
            {
                await TrainAsync(registry, "cached", 0.97);
                Assert.True(await Source(registry, cachePath).RefreshAsync(default));
            }

            // The stand-in is gone now: a fresh process must still come up with the cached model.
            await using var unreachable = await RegistryBackend.CreateAsync(RegistryBackend.Local);
            var restarted = Source(unreachable, cachePath);
            Assert.True(await restarted.LoadFromCacheAsync(default));
            Assert.Equal(("cached", "1"), (restarted.Holder.Current!.Model, restarted.Holder.Current.Version));
        }
        finally
        {
            Directory.Delete(cachePath, recursive: true);
        }
    }

    [Fact]
    public async Task Poll_failures_are_counted_and_the_poller_keeps_running()
    {
        await using var registry = await RegistryBackend.CreateAsync(RegistryBackend.Mlflow);
        await TrainAsync(registry, "first", 0.97);
        var source = Source(registry, registry.Folder.Combine("cache"));
        using var failures = new MetricCollector<long>(null, MlflowTelemetry.MeterName, "llmsafety.model.poll.failures");
        await registry.StandIn!.DisposeAsync();

        using var poller = new ChampionModelPoller<string>(
            source, new ModelLoadingOptions { PollInterval = TimeSpan.FromMilliseconds(50) }, NullLogger<ChampionModelPoller<string>>.Instance);
        await poller.StartAsync(CancellationToken.None);
        // Each failed poll is one GET that the standard resilience handler retries three times with exponential backoff
        // (2 s, 4 s, 8 s with jitter) before it counts: two failures take about half a minute, more on a busy machine.
        await failures.WaitForMeasurementsAsync(2, TimeSpan.FromSeconds(120));
        await poller.StopAsync(CancellationToken.None);

        Assert.True(failures.GetMeasurementSnapshot().EvaluateAsCounter() >= 2);
        Assert.Null(source.Holder.Current);
    }

    private static Task<LoadedModel<string>> NextChange(ModelHolder<string> holder, string expectedModel)
    {
        var signal = new TaskCompletionSource<LoadedModel<string>>(TaskCreationOptions.RunContinuationsAsynchronously);
        holder.Changed += (_, change) =>
        {
            if (change.Current.Model == expectedModel)
            {
                signal.TrySetResult(change.Current);
            }
        };
        return signal.Task;
    }
}
