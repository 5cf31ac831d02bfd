using LlmSafety.AppHost.StandIns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LlmSafety.AppHost;

internal static class CacheExtensions
{
    /// <summary>
    /// Redis for the api's L2 judgment cache: a container when containers run, else a local redis-server when one is
    /// on PATH, else nothing (the api then caches in memory only).
    /// </summary>
    public static IResourceBuilder<IResourceWithConnectionString>? AddJudgmentCache(
        this IDistributedApplicationBuilder builder, ContainerMode mode, string dataDirectory)
    {
        if (mode.UseContainers)
        {
            var redis = builder.AddRedis("cache");

            // A data volume keeps the cache warm across local runs; in Azure the cache is shared and disposable.
            if (builder.ExecutionContext.IsRunMode)
            {
                redis.WithDataVolume();
            }

            return redis;
        }

        if (ExecutableLookup.Find("redis-server") is null)
        {
            return null;
        }

        var workingDirectory = Directory.CreateDirectory(Path.Combine(dataDirectory, "redis")).FullName;
        var server = new RedisServerResource("cache", workingDirectory);
        const string healthCheckKey = "cache-redis-ping";
        builder.Services.AddHealthChecks()
            .Add(new HealthCheckRegistration(healthCheckKey, _ => new RedisPingHealthCheck(server), failureStatus: null, tags: null));

        return builder.AddResource(server)
            .WithEndpoint(name: RedisServerResource.EndpointName, scheme: "tcp", env: "REDIS_PORT")
            .WithArgs(context =>
            {
                context.Args.Add("--port");
                context.Args.Add(server.PrimaryEndpoint.Property(EndpointProperty.TargetPort));
                context.Args.Add("--bind");
                context.Args.Add("127.0.0.1");
                // A throwaway local cache: no snapshots or append-only files left behind.
                context.Args.Add("--save");
                context.Args.Add("");
                context.Args.Add("--appendonly");
                context.Args.Add("no");
            })
            .WithHealthCheck(healthCheckKey);
    }
}
