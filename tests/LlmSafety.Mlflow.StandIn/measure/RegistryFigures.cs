#:project ../LlmSafety.Mlflow.StandIn.csproj
#:project ../../../LlmSafety.Mlflow/LlmSafety.Mlflow.csproj
#:property PublishAot=false

// Prints registry figures: log-and-register and champion download+verify latency against the MLflow stand-in
// (real HTTP on loopback) and the local store, and log-batch throughput. Run: dotnet run --file measure/RegistryFigures.cs
using System.Diagnostics;
using System.Globalization;
using LlmSafety.Mlflow.Client;
using LlmSafety.Mlflow.Client.Contracts;
using LlmSafety.Mlflow.Lifecycle;
using LlmSafety.Mlflow.Loading;
using LlmSafety.Mlflow.Packaging;
using LlmSafety.Mlflow.Registry;
using LlmSafety.Mlflow.StandIn;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

const int Rounds = 5;
const int ModelMegabytes = 8;
var work = Directory.CreateTempSubdirectory("llm-safety-figures-");
try
{
    var modelFile = Path.Combine(work.FullName, "judge-model.zip");
    var bytes = new byte[ModelMegabytes * 1024 * 1024];
    new Random(42).NextBytes(bytes);
    await File.WriteAllBytesAsync(modelFile, bytes);
    var policyFile = Path.Combine(work.FullName, "policy.json");
    await File.WriteAllTextAsync(policyFile, "{}");

    await using var standIn = await MlflowStandIn.StartAsync();
    foreach (var (name, settings) in new[]
    {
        ("mlflow stand-in", new Dictionary<string, string?> { ["Mlflow:TrackingUri"] = standIn.BaseAddress.ToString() }),
        ("local store", new Dictionary<string, string?> { ["ModelStore:Path"] = Path.Combine(work.FullName, "store") }),
    })
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        await using var services = new ServiceCollection().AddLogging().AddModelRegistry(configuration).BuildServiceProvider();
        var lifecycle = services.GetRequiredService<ModelLifecycle>();
        var registry = services.GetRequiredService<IModelRegistry>();
        var register = new List<double>();
        var load = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            var metrics = new Dictionary<string, double>
            {
                ["identity.f2"] = 0.97 + round * 0.005, ["health.f2"] = 0.97 + round * 0.005,
                ["identity.recall"] = 0.995, ["health.recall"] = 0.985, ["identity.precision"] = 0.98, ["health.precision"] = 0.98,
            };
            var watch = Stopwatch.StartNew();
            await lifecycle.LogAndRegisterAsync($"figures-{round}", new LifecycleRequest(new ModelPackageContents(modelFile, policyFile)) { Metrics = metrics });
            register.Add(watch.Elapsed.TotalMilliseconds);

            var cache = Path.Combine(work.FullName, $"cache-{name.Replace(' ', '-')}-{round}");
            var source = new ChampionModelSource<long>(
                registry, new ModelCache(cache, registry.ModelName), new ModelHolder<long>(),
                folder => new FileInfo(Path.Combine(folder, MlmodelDocument.Read(folder).ModelFile)).Length,
                new ModelLoadingOptions { CachePath = cache }, NullLogger<ChampionModelSource<long>>.Instance);
            watch.Restart();
            await source.RefreshAsync(CancellationToken.None);
            load.Add(watch.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-16} log+register+promote ({ModelMegabytes} MB model): median {Median(register):F0} ms | champion download+verify+load: median {Median(load):F0} ms  ({Rounds} rounds)"));
    }

    using var http = standIn.CreateHttpClient();
    var client = new MlflowClient(http);
    var run = await client.CreateRunAsync(await client.GetOrCreateExperimentAsync("figures"), "batch");
    var points = Enumerable.Range(0, 20_000).Select(step => new MlflowMetric("loss", 1.0 / (step + 1), 0, step)).ToList();
    var batchWatch = Stopwatch.StartNew();
    await client.LogBatchAsync(run.Info.RunId, points);
    var logged = batchWatch.Elapsed.TotalMilliseconds;
    batchWatch.Restart();
    var history = await client.GetMetricHistoryAsync(run.Info.RunId, "loss");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"log-batch 20000 metrics in {Math.Ceiling(points.Count / 1000.0)} requests: {logged:F0} ms | get-history {history.Count} points: {batchWatch.Elapsed.TotalMilliseconds:F0} ms"));
}
finally
{
    work.Delete(recursive: true);
}

static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
