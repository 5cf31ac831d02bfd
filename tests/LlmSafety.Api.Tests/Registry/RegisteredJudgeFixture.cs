using LlmSafety.Judge.Evaluation;
using LlmSafety.Judge.Training;
using LlmSafety.Mlflow.Lifecycle;
using LlmSafety.Mlflow.Packaging;
using LlmSafety.Mlflow.Registry;
using LlmSafety.Mlflow.StandIn;
using LlmSafety.Narratives.Simulation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LlmSafety.Api.Tests.Registry;

/// <summary>
/// A real judge trained once on a small simulated dataset, packaged the way the trainer packages it, and an MLflow
/// stand-in (following the recorded MLflow contract) to register versions of it in.
/// </summary>
public sealed class RegisteredJudgeFixture : IAsyncLifetime
{
    private const int Seed = 5;
    private readonly DirectoryInfo _scratch = Directory.CreateTempSubdirectory("llmsafety-registered-judge-");
    private ServiceProvider? _services;

    public MlflowStandIn Mlflow { get; private set; } = null!;

    public string ModelFolder => Path.Combine(_scratch.FullName, "package");

    public IReadOnlyDictionary<string, double> Metrics { get; private set; } = new Dictionary<string, double>();

    public async Task InitializeAsync()
    {
        Mlflow = await MlflowStandIn.StartAsync();
        var records = new NarrativeSimulator().Generate(600, Seed);
        var split = DatasetSplitter.Split(records, Seed);
        var trained = JudgeTrainer.Train(split.Train, split.Validation, new JudgeTrainingOptions(), Seed);
        Directory.CreateDirectory(ModelFolder);
        trained.Model.Save(Path.Combine(ModelFolder, "judge-model.zip"));
        var report = EvaluationReportBuilder.Build(trained.Model, split.Test, "api test split");
        ReportWriter.Write(report, Path.Combine(_scratch.FullName, "evaluation"));
        Metrics = report.Metrics;

        _services = new ServiceCollection()
            .AddLogging()
            .AddModelRegistry(new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["Mlflow:TrackingUri"] = Mlflow.BaseAddress.ToString(),
                    // A judge trained on 600 stories is far below the production floors; these tests are about the
                    // api following the alias, so only the gating comparison between versions decides here.
                    ["ChampionPolicy:Floors:identity.recall"] = "0.5",
                })
                .Build())
            .BuildServiceProvider();
    }

    /// <summary>Registers one more version of the trained judge with the given metrics; the champion policy decides the alias.</summary>
    public Task<LifecycleResult> RegisterAsync(IReadOnlyDictionary<string, double> metrics)
    {
        var evaluation = Path.Combine(_scratch.FullName, "evaluation");
        var contents = new ModelPackageContents(
            Path.Combine(ModelFolder, "judge-model.zip"),
            EvaluationReportFile: Path.Combine(evaluation, "report.json"),
            ExtraFiles: Directory.GetFiles(evaluation, "*.png"));
        var lifecycle = _services!.GetRequiredService<ModelLifecycle>();
        return lifecycle.LogAndRegisterAsync("api-test", new LifecycleRequest(contents) { Metrics = metrics });
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        await Mlflow.DisposeAsync();
        _scratch.Delete(recursive: true);
    }
}
