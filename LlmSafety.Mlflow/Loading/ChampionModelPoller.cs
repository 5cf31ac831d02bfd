using LlmSafety.Mlflow.Client;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LlmSafety.Mlflow.Loading;

/// <summary>
/// Loads the cached champion at startup, then polls the alias every <see cref="ModelLoadingOptions.PollInterval"/>.
/// A failed poll is counted and logged (exception type and MLflow error code only) and the current model stays.
/// </summary>
public sealed partial class ChampionModelPoller<T>(
    ChampionModelSource<T> source, ModelLoadingOptions options, ILogger<ChampionModelPoller<T>> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await source.LoadFromCacheAsync(stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogCacheLoadFailed(logger, exception.GetType().Name);
        }

        using var timer = new PeriodicTimer(options.PollInterval);
        do
        {
            try
            {
                await source.RefreshAsync(stoppingToken);
                source.Holder.ReportRegistryReachable(true);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // A refused download (checksum mismatch) still means the registry answered.
                source.Holder.ReportRegistryReachable(exception is ModelIntegrityException);
                MlflowTelemetry.PollFailures.Add(1, new KeyValuePair<string, object?>("error.type", exception.GetType().Name));
                LogPollFailed(logger, exception.GetType().Name, (exception as MlflowException)?.ErrorCode ?? "none");
            }
        }
        while (await WaitForNextTickAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitForNextTickAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Loading the cached model failed with {ExceptionType}")]
    private static partial void LogCacheLoadFailed(ILogger logger, string exceptionType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Polling the model registry failed with {ExceptionType} (MLflow error {ErrorCode}); keeping the current model")]
    private static partial void LogPollFailed(ILogger logger, string exceptionType, string errorCode);
}
