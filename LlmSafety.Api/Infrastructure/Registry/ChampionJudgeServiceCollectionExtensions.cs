using LlmSafety.Api.Infrastructure.Judging;
using LlmSafety.Api.Infrastructure.Llm;
using LlmSafety.Judge.Model;
using LlmSafety.Mlflow.Loading;
using LlmSafety.Mlflow.Packaging;
using LlmSafety.Mlflow.Registry;
using LlmSafety.Narratives.Generation;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LlmSafety.Api.Infrastructure.Registry;

public static class ChampionJudgeServiceCollectionExtensions
{
    /// <summary>
    /// The production wiring: the champion comes from the model registry (MLflow when a tracking URI is configured,
    /// else the local model store), with a verified disk copy for restarts; the offline simulated LLM is the default.
    /// </summary>
    public static IHostApplicationBuilder AddChampionJudge(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddModelRegistry(builder.Configuration);
        services.AddChampionModel(builder.Configuration, LoadJudge);
        services.AddHostedService<ChampionJudgeBridge>();
        services.Replace(ServiceDescriptor.Singleton<IModelCatalog, RegistryModelCatalog>());
        services.TryAddKeyedSingleton<IChatClient>(LlmProviders.Simulated, (_, _) => new SimulatedChatClient(SimulatedChunkDelay));
        return builder;
    }

    /// <summary>The offline LLM streams word by word at roughly a real model's pace, so the web's progress view is honest.</summary>
    private static readonly TimeSpan SimulatedChunkDelay = TimeSpan.FromMilliseconds(15);

    /// <summary>Opens the model file that the MLmodel file's mlnet flavor names.</summary>
    private static JudgeModel LoadJudge(string folder) =>
        JudgeModel.Load(Path.Combine(folder, MlmodelDocument.Read(folder).ModelFile));
}
