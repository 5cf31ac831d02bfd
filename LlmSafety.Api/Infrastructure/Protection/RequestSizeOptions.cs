namespace LlmSafety.Api.Infrastructure.Protection;

/// <summary>Bound from the <c>Requests</c> section.</summary>
public sealed class RequestSizeOptions
{
    public const string Section = "Requests";

    /// <summary>Largest request body accepted; room for a 100,000-character text in JSON with escapes.</summary>
    public long MaxBodyBytes { get; set; } = 256 * 1024;
}
