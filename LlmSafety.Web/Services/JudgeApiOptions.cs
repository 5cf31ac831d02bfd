namespace LlmSafety.Web.Services;

/// <summary>Where the judge API lives and how to authenticate; bound from the <c>Api</c> configuration section.</summary>
public sealed class JudgeApiOptions
{
    public const string SectionName = "Api";

    /// <summary>Aspire service discovery resolves "api" to whichever scheme the AppHost exposes, https first.</summary>
    public const string ServiceDiscoveryAddress = "https+http://api";

    public Uri BaseUrl { get; set; } = new(ServiceDiscoveryAddress);

    /// <summary>Sent as <c>X-Api-Key</c> when set; the AppHost passes the api's own key here.</summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// How long a story stream may go without an event before the page gives up on it. HTTP timeouts end when the
    /// response headers arrive, so without this a stalled LLM would leave the page waiting forever.
    /// </summary>
    public TimeSpan StreamIdleTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
