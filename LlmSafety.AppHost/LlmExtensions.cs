namespace LlmSafety.AppHost;

internal static class LlmExtensions
{
    /// <summary>
    /// The LLM that writes narratives. The default provider, "simulated", is offline and needs no key; set the
    /// parameters (user secrets, environment Parameters__llm-provider=gemini, or azd prompts) for a real one.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithLlm(this IResourceBuilder<ProjectResource> project, LlmParameters llm) =>
        project
            .WithEnvironment("Llm__Provider", llm.Provider)
            .WithEnvironment("Llm__Model", llm.Model)
            .WithEnvironment("Llm__Endpoint", llm.Endpoint)
            .WithEnvironment("Llm__ApiKey", llm.ApiKey);

    public static LlmParameters AddLlmParameters(this IDistributedApplicationBuilder builder) => new(
        builder.AddParameter("llm-provider", ValueOrDefault(builder, "llm-provider", "simulated"), publishValueAsDefault: true),
        builder.AddParameter("llm-model", ValueOrDefault(builder, "llm-model", string.Empty), publishValueAsDefault: true),
        builder.AddParameter("llm-endpoint", ValueOrDefault(builder, "llm-endpoint", string.Empty), publishValueAsDefault: true),
        builder.AddParameter("llm-api-key", ValueOrDefault(builder, "llm-api-key", string.Empty), secret: true));

    private static string ValueOrDefault(IDistributedApplicationBuilder builder, string name, string fallback) =>
        builder.Configuration[$"Parameters:{name}"] is { Length: > 0 } configured ? configured : fallback;
}

internal sealed record LlmParameters(
    IResourceBuilder<ParameterResource> Provider,
    IResourceBuilder<ParameterResource> Model,
    IResourceBuilder<ParameterResource> Endpoint,
    IResourceBuilder<ParameterResource> ApiKey);
