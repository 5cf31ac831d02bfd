using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LlmSafety.AppHost.Tests;

/// <summary>
/// The real AppHost, started once for the tests that share it, the way a developer runs it on a machine without a
/// container runtime: redis-server and the local model store stand in for the Redis and MLflow containers, and the
/// trainer trains the champion the api then serves.
/// </summary>
public sealed class StackFixture : IAsyncLifetime
{
    public static readonly TimeSpan StartupTimeout = TimeSpan.FromMinutes(6);

    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("llmsafety-apphost-");

    public DistributedApplication App { get; private set; } = null!;

    public int? TrainerExitCode { get; private set; }

    public string ApiKey { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        using var cts = new CancellationTokenSource(StartupTimeout);
        var ct = cts.Token;

        var appHost = await DistributedApplicationTestingBuilder.CreateAsync<Projects.LlmSafety_AppHost>(
            ["--UseContainers=false", $"--DataDirectory={_data.FullName}"], ct);
        App = await appHost.BuildAsync(ct).WaitAsync(StartupTimeout, ct);
        await App.StartAsync(ct).WaitAsync(StartupTimeout, ct);

        var trainer = await App.ResourceNotifications
            .WaitForResourceAsync("trainer", e => e.Snapshot.State?.Text == KnownResourceStates.Finished || e.Snapshot.ExitCode is not null, ct)
            .WaitAsync(StartupTimeout, ct);
        TrainerExitCode = trainer.Snapshot.ExitCode;
        if (TrainerExitCode != 0)
        {
            return;
        }

        await App.ResourceNotifications.WaitForResourceHealthyAsync("api", ct).WaitAsync(StartupTimeout, ct);
        await App.ResourceNotifications.WaitForResourceHealthyAsync("web", ct).WaitAsync(StartupTimeout, ct);

        var model = App.Services.GetRequiredService<DistributedApplicationModel>();
        var apiKey = model.Resources.OfType<ParameterResource>().Single(p => p.Name == "api-key");
        ApiKey = await apiKey.GetValueAsync(ct) ?? throw new InvalidOperationException("the api-key parameter has no value");
    }

    public async Task DisposeAsync()
    {
        if (App is not null)
        {
            await App.DisposeAsync();
        }

        _data.Delete(recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class StackCollection : ICollectionFixture<StackFixture>
{
    public const string Name = "running stack";
}
