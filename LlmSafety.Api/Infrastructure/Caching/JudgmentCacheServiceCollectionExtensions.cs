using Microsoft.Extensions.Caching.Hybrid;
using StackExchange.Redis;

namespace LlmSafety.Api.Infrastructure.Caching;

public static class JudgmentCacheServiceCollectionExtensions
{
    public const string RedisConnectionName = "cache";

    /// <summary>
    /// HybridCache with memory as L1 and, when a <c>cache</c> connection string exists, Redis as L2.
    /// Redis failures must never reach a caller: connecting does not abort, commands fail fast while disconnected,
    /// and HybridCache treats a failed L2 read or write as a miss.
    /// </summary>
    public static IHostApplicationBuilder AddJudgmentCache(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(JudgmentCacheOptions.Section);
        builder.Services.Configure<JudgmentCacheOptions>(section);
        var options = section.Get<JudgmentCacheOptions>() ?? new JudgmentCacheOptions();

        var connectionString = builder.Configuration.GetConnectionString(RedisConnectionName);
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            var timeoutMs = (int)options.RedisTimeout.TotalMilliseconds;
            builder.Services.AddStackExchangeRedisCache(redis =>
            {
                var configuration = ConfigurationOptions.Parse(connectionString);
                configuration.AbortOnConnectFail = false;
                configuration.ConnectTimeout = Math.Max(timeoutMs, 1000);
                configuration.SyncTimeout = timeoutMs;
                configuration.AsyncTimeout = timeoutMs;
                configuration.ConnectRetry = 1;
                configuration.BacklogPolicy = BacklogPolicy.FailFast;
                redis.ConfigurationOptions = configuration;
            });
        }

        builder.Services.AddHybridCache(hybrid =>
        {
            hybrid.DefaultEntryOptions = new HybridCacheEntryOptions
            {
                Expiration = options.Ttl,
                LocalCacheExpiration = options.LocalTtl < options.Ttl ? options.LocalTtl : options.Ttl,
            };
        });
        return builder;
    }
}
