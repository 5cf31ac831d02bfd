namespace LlmSafety.Api.Infrastructure.Protection;

/// <summary>Bound from the <c>Api</c> section; the AppHost passes the same key to the Web as <c>Api__ApiKey</c>.</summary>
public sealed class ApiKeyOptions
{
    public const string Section = "Api";
    public const string HeaderName = "X-Api-Key";

    /// <summary>When set, every <c>/v1</c> request must carry it in <c>X-Api-Key</c>.</summary>
    public string? ApiKey { get; set; }
}
