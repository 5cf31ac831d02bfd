namespace LlmSafety.Api.Infrastructure.Caching;

/// <summary>Bound from the <c>Cache</c> configuration section.</summary>
public sealed class JudgmentCacheOptions
{
    public const string Section = "Cache";

    /// <summary>How long a judgment stays cached (both memory and Redis).</summary>
    public TimeSpan Ttl { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a Redis command may take before the cache gives up on it and the judge runs instead.</summary>
    public TimeSpan RedisTimeout { get; set; } = TimeSpan.FromMilliseconds(500);
}
