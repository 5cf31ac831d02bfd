using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LlmSafety.Api.Infrastructure.Judging;

/// <summary>Unhealthy without a model (the Api refuses judgments), Degraded when serving the disk copy because the registry is unreachable.</summary>
public sealed class JudgeModelHealthCheck(IJudgeHolder holder) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var loaded = holder.Current;
        var result = loaded switch
        {
            null => HealthCheckResult.Unhealthy("No judge model is loaded."),
            { Descriptor.ServedFromDiskCache: true } => HealthCheckResult.Degraded(
                $"Serving judge model version {loaded.Descriptor.Version} from the disk cache because the registry is unreachable."),
            _ when !holder.RegistryReachable => HealthCheckResult.Degraded(
                $"Serving judge model version {loaded.Descriptor.Version}, but the registry is unreachable, so a newer champion would not be seen."),
            _ => HealthCheckResult.Healthy($"Serving judge model version {loaded.Descriptor.Version}."),
        };
        return Task.FromResult(result);
    }
}
