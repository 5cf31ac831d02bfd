namespace LlmSafety.Api.Infrastructure.Llm;

/// <summary>A known provider that this deployment has no configuration (key, endpoint or registration) for; mapped to 503.</summary>
public sealed class LlmProviderNotConfiguredException : Exception
{
    public LlmProviderNotConfiguredException()
    {
    }

    public LlmProviderNotConfiguredException(string message)
        : base(message)
    {
    }

    public LlmProviderNotConfiguredException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
