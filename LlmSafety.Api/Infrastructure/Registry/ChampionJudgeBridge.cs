using System.Text.Json;
using LlmSafety.Api.Infrastructure.Judging;
using LlmSafety.Api.Model;
using LlmSafety.Judge.Model;
using LlmSafety.Judge.Redaction;
using LlmSafety.Mlflow.Loading;
using LlmSafety.Mlflow.Packaging;
using LlmSafety.Mlflow.Registry;

namespace LlmSafety.Api.Infrastructure.Registry;

/// <summary>
/// Serves whatever the champion poller loads: every model the registry's alias moves to is described (version,
/// run, metrics, plots) and swapped into the <see cref="IJudgeHolder"/>, and registry reachability feeds /health.
/// </summary>
public sealed partial class ChampionJudgeBridge(
    ModelHolder<JudgeModel> models,
    IJudgeHolder judges,
    IExperimentTracker tracker,
    RegistryInfo registry,
    IConfiguration configuration,
    ILogger<ChampionJudgeBridge> logger) : IHostedService, IDisposable
{
    private static readonly TimeSpan RunLookupTimeout = TimeSpan.FromSeconds(5);
    private static readonly DelegatingRedactor Redactor = new(Judge.Redaction.Redactor.Redact);
    private readonly SemaphoreSlim _swapping = new(1, 1);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        models.Changed += OnModelChanged;
        models.RegistryReachabilityChanged += OnReachabilityChanged;
        if (models.RegistryReachable is { } reachable)
        {
            judges.ReportRegistryReachable(reachable);
        }

        return models.Current is { } current ? SwapAsync(current) : Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        models.Changed -= OnModelChanged;
        models.RegistryReachabilityChanged -= OnReachabilityChanged;
        return Task.CompletedTask;
    }

    public void Dispose() => _swapping.Dispose();

    private void OnReachabilityChanged(object? sender, bool reachable) => judges.ReportRegistryReachable(reachable);

    private void OnModelChanged(object? sender, ModelChangedEventArgs<JudgeModel> change) => _ = SwapAsync(change.Current);

    private async Task SwapAsync(LoadedModel<JudgeModel> loaded)
    {
        // Swaps are serialised so a slow run lookup for an older model can never overwrite a newer one.
        await _swapping.WaitAsync();
        try
        {
            if (!ReferenceEquals(models.Current, loaded) && models.Current is not null)
            {
                return;
            }

            var descriptor = await DescribeAsync(loaded);
            judges.Swap(new LoadedJudge(loaded.Model, Redactor, descriptor));
            LogServing(logger, descriptor.Version, descriptor.Source, descriptor.ServedFromDiskCache);
        }
        catch (Exception exception)
        {
            LogSwapFailed(logger, loaded.Version, exception.GetType().Name);
        }
        finally
        {
            _swapping.Release();
        }
    }

    private async Task<ModelDescriptor> DescribeAsync(LoadedModel<JudgeModel> loaded)
    {
        var mlmodel = MlmodelDocument.Read(loaded.Folder);
        var source = registry.Source == RegistrySource.Mlflow ? ModelSource.Mlflow : ModelSource.Local;
        return new ModelDescriptor
        {
            Name = registry.ModelName,
            Version = loaded.Version,
            Source = source,
            ServedFromDiskCache = loaded.FromDiskCache,
            RunId = mlmodel.RunId,
            TrackingUri = source == ModelSource.Mlflow ? UiBase() : null,
            MlflowRunUrl = source == ModelSource.Mlflow && mlmodel.RunId is not null && !loaded.FromDiskCache
                ? await RunUrlAsync(mlmodel.RunId)
                : null,
            Metrics = ReadMetrics(loaded.Folder),
            TrainedAt = File.GetLastWriteTimeUtc(Path.Combine(loaded.Folder, mlmodel.ModelFile)),
            LoadedAt = loaded.LoadedAt,
            ArtifactsFolder = loaded.Folder,
        };
    }

    /// <summary>The MLflow UI address people open: <c>Mlflow:UiUrl</c> when the api reaches MLflow by an internal name.</summary>
    private string UiBase() => (configuration["Mlflow:UiUrl"] is { Length: > 0 } ui ? ui : registry.Location).TrimEnd('/');

    private async Task<string?> RunUrlAsync(string runId)
    {
        try
        {
            using var timeout = new CancellationTokenSource(RunLookupTimeout);
            var run = await tracker.GetRunAsync(runId, timeout.Token);
            return $"{UiBase()}/#/experiments/{Uri.EscapeDataString(run.ExperimentId)}/runs/{Uri.EscapeDataString(runId)}";
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            LogRunLookupFailed(logger, exception.GetType().Name);
            return null;
        }
    }

    /// <summary>The flat evaluation metrics the trainer packaged with the model (report.json's "metrics").</summary>
    private static Dictionary<string, double> ReadMetrics(string folder)
    {
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal);
        var report = Path.Combine(folder, "report.json");
        if (!File.Exists(report))
        {
            return metrics;
        }

        using var document = JsonDocument.Parse(File.ReadAllBytes(report));
        if (document.RootElement.TryGetProperty("metrics", out var values) && values.ValueKind == JsonValueKind.Object)
        {
            foreach (var metric in values.EnumerateObject())
            {
                if (metric.Value.ValueKind == JsonValueKind.Number)
                {
                    metrics[metric.Name] = metric.Value.GetDouble();
                }
            }
        }

        return metrics;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Serving judge model version {Version} from {Source} (disk cache: {FromDiskCache})")]
    private static partial void LogServing(ILogger logger, string version, ModelSource source, bool fromDiskCache);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not serve judge model version {Version} ({ExceptionType}); keeping the current model")]
    private static partial void LogSwapFailed(ILogger logger, string version, string exceptionType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Looking up the champion's run failed ({ExceptionType}); the dashboard gets no run link")]
    private static partial void LogRunLookupFailed(ILogger logger, string exceptionType);
}
