using Microsoft.Extensions.Hosting;

namespace LlmSafety.Trainer.Hosting;

/// <summary>
/// The trainer's host only carries services (MLflow client, OpenTelemetry) for one command; it must not install the
/// console lifetime's own SIGTERM and Ctrl+C handling, which would race Program's cancellation and let the process
/// exit before the MLflow run is ended KILLED.
/// </summary>
internal sealed class CommandLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
