using LlmSafety.Mlflow.Lifecycle;
using LlmSafety.Mlflow.Registry;
using LlmSafety.Mlflow.StandIn;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LlmSafety.Mlflow.Tests.Support;

/// <summary>
/// The registry wired the way a service wires it (<c>AddModelRegistry</c> from configuration), against either the
/// MLflow stand-in or a local store folder, so lifecycle tests run unchanged on both.
/// </summary>
internal sealed class RegistryBackend : IAsyncDisposable
{
    public const string Mlflow = "mlflow";
    public const string Local = "local";

    private readonly ServiceProvider _services;

    private RegistryBackend(ServiceProvider services, MlflowStandIn? standIn, TempFolder folder, IConfiguration configuration)
    {
        _services = services;
        StandIn = standIn;
        Folder = folder;
        Configuration = configuration;
    }

    public MlflowStandIn? StandIn { get; }

    public TempFolder Folder { get; }

    public IConfiguration Configuration { get; }

    public IServiceProvider Services => _services;

    public IModelRegistry Registry => _services.GetRequiredService<IModelRegistry>();

    public IExperimentTracker Tracker => _services.GetRequiredService<IExperimentTracker>();

    public ModelLifecycle Lifecycle => _services.GetRequiredService<ModelLifecycle>();

    public static async Task<RegistryBackend> CreateAsync(string kind, IDictionary<string, string?>? extraSettings = null)
    {
        var folder = new TempFolder();
        MlflowStandIn? standIn = null;
        var settings = new Dictionary<string, string?>
        {
            ["ChampionPolicy:MinimumImprovement"] = "0.005",
        };
        if (kind == Mlflow)
        {
            standIn = await MlflowStandIn.StartAsync();
            settings["Mlflow:TrackingUri"] = standIn.BaseAddress.ToString();
        }
        else
        {
            settings["ModelStore:Path"] = folder.Combine("store");
        }

        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging().AddModelRegistry(configuration).BuildServiceProvider();
        return new RegistryBackend(services, standIn, folder, configuration);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (StandIn is not null)
        {
            await StandIn.DisposeAsync();
        }

        Folder.Dispose();
    }
}
