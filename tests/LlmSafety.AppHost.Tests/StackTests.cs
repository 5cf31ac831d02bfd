using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LlmSafety.AppHost.Tests;

/// <summary>
/// Starts the real AppHost the way a developer does on a machine without a container runtime:
/// redis-server and the local model store stand in for the Redis and MLflow containers.
/// </summary>
public sealed class StackTests : IDisposable
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("llmsafety-apphost-");

    private static readonly TimeSpan StartupTimeout = TimeSpan.FromMinutes(6);
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Stack_without_containers_trains_a_model_and_judges_with_it_through_the_api()
    {
        using var cts = new CancellationTokenSource(StartupTimeout);
        var ct = cts.Token;

        var appHost = await DistributedApplicationTestingBuilder.CreateAsync<Projects.LlmSafety_AppHost>(
            ["--UseContainers=false", $"--DataDirectory={_data.FullName}"], ct);
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

        using var api = app.CreateHttpClient("api");
        api.DefaultRequestHeaders.Add("X-Api-Key", await ParameterValueAsync(app, "api-key", ct));

        var model = await GetJsonAsync(api, "/v1/model", ct);
        Assert.Equal("local", model.GetProperty("source").GetString());
        Assert.Equal("1", model.GetProperty("version").GetString());

        using var judged = await api.PostAsJsonAsync(
            "/v1/judgments",
            new { text = "Liam Okafor goes to Riverside Elementary. He takes Ritalin for his ADHD every morning." },
            ct).WaitAsync(RequestTimeout, ct);
        Assert.Equal(HttpStatusCode.OK, judged.StatusCode);
        var judgment = await judged.Content.ReadFromJsonAsync<JsonElement>(ct);
        Assert.Equal("unsafe", judgment.GetProperty("verdict").GetString());
        Assert.Equal("1", judgment.GetProperty("model").GetProperty("version").GetString());
        Assert.NotEmpty(judgment.GetProperty("entities").EnumerateArray());
        Assert.NotEqual(
            "Liam Okafor goes to Riverside Elementary. He takes Ritalin for his ADHD every morning.",
            judgment.GetProperty("redactedText").GetString());

        using var written = await api.PostAsJsonAsync(
            "/v1/narratives",
            new { subjectName = "Maya", age = 7, situation = "waiting for a turn at the dentist", details = "Maya Chen has autism and takes melatonin" },
            ct).WaitAsync(RequestTimeout, ct);
        Assert.Equal(HttpStatusCode.OK, written.StatusCode);
        var narrative = await written.Content.ReadFromJsonAsync<JsonElement>(ct);
        Assert.Equal("simulated", narrative.GetProperty("provider").GetString());
        Assert.Equal("1", narrative.GetProperty("model").GetProperty("version").GetString());
        Assert.False(string.IsNullOrWhiteSpace(narrative.GetProperty("safeNarrative").GetString()));
        Assert.Contains(narrative.GetProperty("judgment").GetProperty("verdict").GetString(), new[] { "safe", "review", "unsafe" });
    }

    public void Dispose() => _data.Delete(recursive: true);

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string path, CancellationToken ct)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), ct).WaitAsync(RequestTimeout, ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(ct);
    }

    private static async Task<string> ParameterValueAsync(DistributedApplication app, string name, CancellationToken ct)
    {
        var model = app.Services.GetRequiredService<DistributedApplicationModel>();
        var parameter = model.Resources.OfType<ParameterResource>().Single(p => p.Name == name);
        return await parameter.GetValueAsync(ct) ?? throw new InvalidOperationException($"parameter {name} has no value");
    }
}
