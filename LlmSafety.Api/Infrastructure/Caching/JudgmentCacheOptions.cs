namespace LlmSafety.Api.Infrastructure.Caching;

/// <summary>Bound from the <c>Cache</c> configuration section.</summary>
public sealed class JudgmentCacheOptions
{
    public const string Section = "Cache";

    /// <summary>How long a judgment stays in Redis, shared by every api replica.</summary>
    public TimeSpan Ttl { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long a judgment stays in this process's memory (capped at <see cref="Ttl"/>). Short, because every new
    /// text adds an entry: with an hour, a 10-minute soak of distinct texts grew the heap by 2.7 GB.
    /// </summary>
    public TimeSpan LocalTtl { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long a Redis command may take before the cache gives up on it and the judge runs instead.</summary>
    public TimeSpan RedisTimeout { get; set; } = TimeSpan.FromMilliseconds(500);
}
