using System.Diagnostics;

namespace LlmSafety.AppHost;

/// <summary>
/// Decides whether the stack runs its backing services as containers or as local stand-ins.
/// <c>--UseContainers=true|false</c> (or the UseContainers configuration key) wins; otherwise a container
/// runtime counts as present only when its daemon answers, because an installed client alone runs nothing.
/// </summary>
internal sealed record ContainerMode(bool UseContainers, string Reason)
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(5);

    public static ContainerMode Resolve(IDistributedApplicationBuilder builder)
    {
        if (builder.ExecutionContext.IsPublishMode)
        {
            return new(true, "publish mode always describes containers");
        }

        var configured = builder.Configuration["UseContainers"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return bool.TryParse(configured, out var useContainers)
                ? new(useContainers, $"UseContainers={configured} was given")
                : throw new InvalidOperationException($"UseContainers must be true or false, not '{configured}'.");
        }

        foreach (var runtime in PreferredRuntimes(builder.Configuration["ASPIRE_CONTAINER_RUNTIME"] ?? builder.Configuration["DOTNET_ASPIRE_CONTAINER_RUNTIME"]))
        {
            if (RuntimeAnswers(runtime))
            {
                return new(true, $"{runtime} is running");
            }
        }

        return new(false, "no docker or podman daemon answered");
    }

    private static IEnumerable<string> PreferredRuntimes(string? configuredRuntime) =>
        string.IsNullOrWhiteSpace(configuredRuntime) ? ["docker", "podman"] : [configuredRuntime];

    private static bool RuntimeAnswers(string runtime)
    {
        if (ExecutableLookup.Find(runtime) is not { } path)
        {
            return false;
        }

        try
        {
            using var process = Process.Start(new ProcessStartInfo(path, ["info", "--format", "{{.ServerVersion}}"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (process is null)
            {
                return false;
            }

            if (!process.WaitForExit(ProbeTimeout))
            {
                process.Kill(entireProcessTree: true);
                return false;
            }

            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    public void Announce(bool hasRedisServer, bool hasMlflow, bool hasExternalMlflow)
    {
        if (UseContainers)
        {
            Console.WriteLine($"LlmSafety: running with containers ({Reason}): MLflow and Redis run as containers.");
            return;
        }

        var redis = hasRedisServer ? "Redis as the local redis-server executable" : "no Redis (redis-server not on PATH, the api caches in memory only)";
        var mlflow = hasExternalMlflow
            ? "the external MLflow from ConnectionStrings:mlflow"
            : hasMlflow ? "MLflow as the local mlflow executable" : "no MLflow (mlflow not on PATH, the trainer and api share a local model store folder)";
        Console.WriteLine($"LlmSafety: running without containers ({Reason}): {redis}; {mlflow}.");
    }
}
