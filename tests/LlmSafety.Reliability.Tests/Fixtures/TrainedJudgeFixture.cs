using LlmSafety.Judge.Evaluation;
using LlmSafety.Judge.Model;
using LlmSafety.Judge.Training;
using LlmSafety.Mlflow.Lifecycle;
using LlmSafety.Mlflow.Packaging;
using LlmSafety.Mlflow.Registry;
using LlmSafety.Mlflow.StandIn;
using LlmSafety.Narratives.Simulation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LlmSafety.Reliability.Tests.Fixtures;

/// <summary>
/// One real judge, trained once per test run on a simulated dataset of the default size (3,000 records, about 25 s)
/// and saved as the trainer saves it; tests register it in MLflow stand-ins of their own (so each can break its own
/// registry) or load it directly. A smaller dataset made the evasion rates a matter of luck: judges trained on 600 or
/// 1,200 records scored the same plain full names anywhere from 0.02 to 0.99, depending on the seed.
/// </summary>
public sealed class TrainedJudgeFixture : IDisposable
{
    private const int Seed = 11;
    private const int Records = 3000;
    private readonly DirectoryInfo _scratch = Directory.CreateTempSubdirectory("llmsafety-reliability-judge-");

    public TrainedJudgeFixture()
    {
        var records = new NarrativeSimulator().Generate(Records, Seed);
        var split = DatasetSplitter.Split(records, Seed);
        Model = JudgeTrainer.Train(split.Train, split.Validation, new JudgeTrainingOptions(), Seed).Model;
        Metrics = EvaluationReportBuilder.Build(Model, split.Test, "reliability test split").Metrics;
        ModelFile = Path.Combine(_scratch.FullName, "judge-model.zip");
        Model.Save(ModelFile);
    }

    public JudgeModel Model { get; }

    public string ModelFile { get; }

    /// <summary>The judge's evaluation on its held-out split, as the trainer would log it.</summary>
    public IReadOnlyDictionary<string, double> Metrics { get; }

    /// <summary>Registers the trained judge in <paramref name="mlflow"/>; its F2 scores raised by <paramref name="f2Gain"/> so the champion policy sees a better model.</summary>
    public async Task<LifecycleResult> RegisterAsync(MlflowStandIn mlflow, double f2Gain = 0)
    {
        ArgumentNullException.ThrowIfNull(mlflow);
        await using var services = new ServiceCollection()
            .AddLogging()
            .AddModelRegistry(new ConfigurationBuilder()
                .AddInMemoryCollection(RegistrySettings(mlflow))
                .Build())
            .BuildServiceProvider();
        var metrics = Metrics.ToDictionary(
            metric => metric.Key,
            metric => metric.Key.EndsWith(".f2", StringComparison.Ordinal) ? Math.Min(1, metric.Value + f2Gain) : metric.Value,
            StringComparer.Ordinal);
        return await services.GetRequiredService<ModelLifecycle>()
            .LogAndRegisterAsync("reliability-test", new LifecycleRequest(new ModelPackageContents(ModelFile)) { Metrics = metrics });
    }

    /// <summary>
    /// A judge trained on 600 records is far below the production floors; these tests are about faults, not
    /// quality, so the floors are zero and only the champion comparison decides.
    /// </summary>
    private static Dictionary<string, string?> RegistrySettings(MlflowStandIn mlflow)
    {
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal) { ["Mlflow:TrackingUri"] = mlflow.BaseAddress.ToString() };
        foreach (var floor in ChampionPolicyOptions.CreateDefault().Floors.Keys)
        {
            settings[$"{ChampionPolicyOptions.SectionName}:Floors:{floor}"] = "0";
        }

        return settings;
    }

    public void Dispose() => _scratch.Delete(recursive: true);
}
