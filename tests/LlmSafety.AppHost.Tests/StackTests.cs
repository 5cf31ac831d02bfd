using System.Net;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;

namespace LlmSafety.AppHost.Tests;

/// <summary>
/// Starts the real AppHost the way a developer does on a machine without a container runtime:
/// redis-server and the local model store stand in for the Redis and MLflow containers.
/// </summary>
public sealed class StackTests
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromMinutes(6);
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Stack_without_containers_trains_a_model_and_serves_healthy_api_and_web()
    {
        using var cts = new CancellationTokenSource(StartupTimeout);
        var ct = cts.Token;

        var appHost = await DistributedApplicationTestingBuilder.CreateAsync<Projects.LlmSafety_AppHost>(
            ["--UseContainers=false", $"--Training:Count={TrainingCount}"], ct);
        await using var app = await appHost.BuildAsync(ct).WaitAsync(StartupTimeout, ct);
        await app.StartAsync(ct).WaitAsync(StartupTimeout, ct);

        var trainer = await app.ResourceNotifications
            .WaitForResourceAsync("trainer", e => e.Snapshot.State?.Text == KnownResourceStates.Finished || e.Snapshot.ExitCode is not null, ct)
            .WaitAsync(StartupTimeout, ct);
        Assert.Equal(0, trainer.Snapshot.ExitCode);

        await app.ResourceNotifications.WaitForResourceHealthyAsync("api", ct).WaitAsync(StartupTimeout, ct);
        await app.ResourceNotifications.WaitForResourceHealthyAsync("web", ct).WaitAsync(StartupTimeout, ct);

        foreach (var resource in new[] { "api", "web" })
        {
            using var client = app.CreateHttpClient(resource);
            using var response = await client.GetAsync(new Uri("/health", UriKind.Relative), ct).WaitAsync(RequestTimeout, ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    /// <summary>A smaller simulated dataset than the default keeps this end-to-end run short on a 2-core machine.</summary>
    private const int TrainingCount = 1500;
}
