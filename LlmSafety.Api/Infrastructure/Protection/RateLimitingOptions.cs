namespace LlmSafety.Api.Infrastructure.Protection;

/// <summary>Bound from the <c>RateLimiting</c> section: a token bucket per client (API key, else remote IP).</summary>
public sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    public bool Enabled { get; set; } = true;

    public int PermitsPerSecond { get; set; } = 200;

    /// <summary>Requests a client may make at once after being idle.</summary>
    public int Burst { get; set; } = 400;
}
