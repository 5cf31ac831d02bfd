namespace LlmSafety.Api.Infrastructure.Llm;

/// <summary>Provider name → chat client. The simulated provider is the keyed <c>IChatClient</c> service "simulated".</summary>
public interface IChatClientFactory
{
    string DefaultProvider { get; }

    /// <exception cref="LlmProviderNotConfiguredException">The provider is known but has no endpoint or key here.</exception>
    LlmClient Get(string provider);
}
