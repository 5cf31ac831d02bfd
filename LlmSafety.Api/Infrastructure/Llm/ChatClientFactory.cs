using System.ClientModel;
using System.ClientModel.Primitives;
using System.Collections.Concurrent;
using LlmSafety.ServiceDefaults;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using OpenAI;

namespace LlmSafety.Api.Infrastructure.Llm;

/// <summary>
/// Builds one instrumented client per provider and keeps it, so the circuit breaker sees every call to that provider.
/// Remote providers are reached through their OpenAI-compatible endpoints; only the configured <c>Llm:Provider</c> gets the key.
/// </summary>
public sealed class ChatClientFactory(
    IServiceProvider services,
    IOptions<LlmOptions> options,
    ILoggerFactory loggerFactory,
    IHostEnvironment environment) : IChatClientFactory
{
    private readonly ConcurrentDictionary<string, Lazy<LlmClient>> clients = new(StringComparer.Ordinal);

    // The AppHost passes unset parameters as empty strings, which mean "the default" here.
    public string DefaultProvider => string.IsNullOrWhiteSpace(options.Value.Provider)
        ? LlmProviders.Simulated
        : options.Value.Provider.Trim().ToLowerInvariant();

    public LlmClient Get(string provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        if (!LlmProviders.Known.Contains(provider))
        {
            // Requests are validated before they get here, so an unknown name can only come from Llm:Provider.
            throw new LlmProviderNotConfiguredException($"Llm:Provider names an unknown provider; use one of: {string.Join(", ", LlmProviders.Known)}.");
        }

        // A failed build is not cached, so fixing configuration and retrying works without a restart of the lazy.
        var lazy = clients.GetOrAdd(provider, name => new Lazy<LlmClient>(() => Build(name)));
        try
        {
            return lazy.Value;
        }
        catch (LlmProviderNotConfiguredException)
        {
            clients.TryRemove(new KeyValuePair<string, Lazy<LlmClient>>(provider, lazy));
            throw;
        }
    }

    private LlmClient Build(string provider)
    {
        var settings = options.Value;
        var inner = provider == LlmProviders.Simulated ? Simulated() : Remote(provider, settings);
        var chat = new ChatClientBuilder(inner)
            .UseOpenTelemetry(
                loggerFactory,
                sourceName: LlmSafetyTelemetry.ExtensionsAiSource,
                configure: telemetry => telemetry.EnableSensitiveData = settings.RecordMessageContent && environment.IsDevelopment())
            .Build(services);
        return new LlmClient(
            provider,
            chat,
            LlmResiliencePipelines.ForCompletions(settings),
            LlmResiliencePipelines.ForStreams(settings));
    }

    private IChatClient Simulated() =>
        services.GetKeyedService<IChatClient>(LlmProviders.Simulated)
        ?? throw new LlmProviderNotConfiguredException("The simulated LLM provider is not registered in this deployment.");

    private IChatClient Remote(string provider, LlmOptions settings)
    {
        if (!string.Equals(DefaultProvider, provider, StringComparison.Ordinal))
        {
            throw new LlmProviderNotConfiguredException(
                $"The LLM provider '{provider}' is not configured here; this deployment is configured for '{DefaultProvider}' (Llm:Provider).");
        }

        var apiKey = settings.ApiKey;
        if (string.IsNullOrWhiteSpace(apiKey))
        {
            if (provider != LlmProviders.Ollama)
            {
                throw new LlmProviderNotConfiguredException($"The LLM provider '{provider}' needs an API key (Llm:ApiKey), and none is configured.");
            }

            // Ollama ignores the key, but the OpenAI client insists on one.
            apiKey = LlmProviders.Ollama;
        }

        var model = (string.IsNullOrWhiteSpace(settings.Model) ? null : settings.Model.Trim()) ?? LlmProviders.DefaultModel(provider)
            ?? throw new LlmProviderNotConfiguredException($"The LLM provider '{provider}' needs a model name (Llm:Model).");
        var clientOptions = new OpenAIClientOptions
        {
            NetworkTimeout = settings.Timeout,
            // Retries happen once, in the Polly pipeline, where the circuit breaker can count them.
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
        };
        var endpoint = LlmProviders.DefaultEndpoint(provider);
        if (!string.IsNullOrWhiteSpace(settings.Endpoint))
        {
            if (!Uri.TryCreate(settings.Endpoint.Trim(), UriKind.Absolute, out endpoint) || endpoint.Scheme is not ("http" or "https"))
            {
                throw new LlmProviderNotConfiguredException("Llm:Endpoint is not an absolute http(s) URL.");
            }
        }

        if (endpoint is not null)
        {
            clientOptions.Endpoint = endpoint;
        }

        return new OpenAIClient(new ApiKeyCredential(apiKey), clientOptions).GetChatClient(model).AsIChatClient();
    }
}
