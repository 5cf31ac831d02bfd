using LlmSafety.Mlflow.Client;
using LlmSafety.Mlflow.Configuration;
using LlmSafety.Mlflow.Lifecycle;
using LlmSafety.Mlflow.LocalStore;
using LlmSafety.Mlflow.Registry.Mlflow;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LlmSafety.Mlflow.Registry;

public static class ModelRegistryServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IModelRegistry"/>, <see cref="IExperimentTracker"/>, <see cref="RegistryInfo"/>,
    /// <see cref="ChampionPolicy"/> and <see cref="ModelLifecycle"/>: backed by MLflow when a tracking URI is
    /// configured (<c>Mlflow:TrackingUri</c>, <c>ConnectionStrings:mlflow</c> or <c>MLFLOW_TRACKING_URI</c>),
    /// otherwise by the local store folder <c>ModelStore:Path</c>.
    /// </summary>
    public static IServiceCollection AddModelRegistry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMlflowClient(configuration);
        var mlflow = MlflowOptionsResolver.Resolve(configuration);

        if (mlflow.IsConfigured)
        {
            services.AddSingleton<Func<MlflowClient>>(provider => () => provider.GetRequiredService<MlflowClient>());
            services.AddSingleton<IModelRegistry>(provider => new MlflowModelRegistry(provider.GetRequiredService<Func<MlflowClient>>(), mlflow));
            services.AddSingleton<IExperimentTracker>(provider => new MlflowExperimentTracker(provider.GetRequiredService<Func<MlflowClient>>(), mlflow));
            services.AddSingleton(new RegistryInfo(RegistrySource.Mlflow, mlflow.RegisteredModelName, mlflow.ExperimentName, RedactedLocation(mlflow.TrackingUri!)));
        }
        else
        {
            var store = new LocalModelStoreOptions();
            configuration.GetSection(LocalModelStoreOptions.SectionName).Bind(store);
            store.Path = Path.GetFullPath(store.Path);
            services.AddSingleton(store);
            services.AddSingleton<IModelRegistry>(new LocalModelRegistry(store, mlflow.RegisteredModelName));
            services.AddSingleton<IExperimentTracker>(new LocalExperimentTracker(store, mlflow.ExperimentName));
            services.AddSingleton(new RegistryInfo(RegistrySource.Local, mlflow.RegisteredModelName, mlflow.ExperimentName, store.Path));
        }

        var policy = new ChampionPolicyOptions();
        configuration.GetSection(ChampionPolicyOptions.SectionName).Bind(policy);
        policy.ApplyDefaultsWhereEmpty();
        services.AddSingleton(policy);
        services.AddSingleton<ChampionPolicy>();
        services.AddTransient<ModelLifecycle>();
        return services;
    }

    /// <summary>The tracking URI without user info, safe to show on a dashboard.</summary>
    private static string RedactedLocation(string trackingUri)
    {
        var uri = new Uri(trackingUri);
        return new UriBuilder(uri) { UserName = string.Empty, Password = string.Empty }.Uri.ToString();
    }
}
