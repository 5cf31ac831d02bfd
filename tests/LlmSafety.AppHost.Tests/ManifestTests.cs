using System.Diagnostics;
using System.Text.Json;

namespace LlmSafety.AppHost.Tests;

/// <summary>
/// Publishes the deployment manifest that azd turns into Azure Container Apps and checks its shape:
/// the local stand-ins (redis-server, mlflow executables, the trainer job) must never reach it.
/// </summary>
public sealed class ManifestTests
{
    [Fact]
    public async Task Published_manifest_holds_containers_and_projects_and_no_executable()
    {
        using var manifest = await PublishManifestAsync();
        var resources = manifest.RootElement.GetProperty("resources");

        var mlflow = resources.GetProperty("mlflow");
        Assert.StartsWith("container.", mlflow.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("mlflow/Dockerfile", mlflow.GetProperty("build").GetProperty("dockerfile").GetString(), StringComparison.Ordinal);
        Assert.Contains("postgresql://", mlflow.GetProperty("env").GetProperty("MLFLOW_BACKEND_STORE_URI").GetString(), StringComparison.Ordinal);

        var cache = resources.GetProperty("cache");
        Assert.StartsWith("container.", cache.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.Contains("redis", cache.GetProperty("image").GetString(), StringComparison.Ordinal);

        Assert.Equal("project.v0", resources.GetProperty("api").GetProperty("type").GetString());
        Assert.Equal("project.v0", resources.GetProperty("web").GetProperty("type").GetString());
        Assert.False(resources.TryGetProperty("trainer", out _), "the one-shot trainer only runs locally");

        var types = resources.EnumerateObject().Select(r => r.Value.GetProperty("type").GetString()).ToList();
        Assert.DoesNotContain(types, type => type is not null && type.StartsWith("executable", StringComparison.Ordinal));

        // Only the web front end faces the internet; the api, MLflow and the data stores stay inside the environment.
        Assert.True(HasExternalBinding(resources.GetProperty("web")));
        foreach (var name in new[] { "api", "mlflow", "cache", "postgres" })
        {
            Assert.False(HasExternalBinding(resources.GetProperty(name)), $"{name} must not be exposed publicly");
        }
    }

    private static bool HasExternalBinding(JsonElement resource) =>
        resource.TryGetProperty("bindings", out var bindings)
        && bindings.EnumerateObject().Any(b => b.Value.TryGetProperty("external", out var external) && external.GetBoolean());

    private static async Task<JsonDocument> PublishManifestAsync()
    {
        var output = Directory.CreateTempSubdirectory("llmsafety-manifest-");
        try
        {
            var manifestPath = Path.Combine(output.FullName, "aspire-manifest.json");
            var appHostAssembly = typeof(Projects.LlmSafety_AppHost).Assembly;
            var appHostProject = Projects.LlmSafety_AppHost.ProjectPath;

            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = Path.GetDirectoryName(appHostProject)!,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { "run", "--no-build", "--project", appHostProject, "--", "--publisher", "manifest", "--output-path", manifestPath })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            await process.WaitForExitAsync(timeout.Token);
            Assert.True(process.ExitCode == 0, $"manifest publishing failed ({appHostAssembly.GetName().Name}):\n{await stdout}\n{await stderr}");

            return JsonDocument.Parse(await File.ReadAllTextAsync(manifestPath));
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }
}
