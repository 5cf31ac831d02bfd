namespace LlmSafety.Api.Infrastructure.Llm;

/// <summary>Bound from the <c>Llm</c> configuration section (the AppHost passes <c>Llm__Provider</c>, <c>Llm__Model</c>, …).</summary>
public sealed class LlmOptions
{
    public const string Section = "Llm";

    /// <summary>The provider used when a request names none, and the only remote provider that gets credentials.</summary>
    public string Provider { get; set; } = LlmProviders.Simulated;

    public string? Model { get; set; }

    /// <summary>Base URL of an OpenAI-compatible endpoint; defaults per provider. A string, because the AppHost passes empty parameters as "".</summary>
    public string? Endpoint { get; set; }

    public string? ApiKey { get; set; }

    /// <summary>Time one LLM call may take before it is abandoned.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after a transient failure (5xx, 429, timeout, empty answer); bounded so a caller never waits long.</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>
    /// Records prompts and completions in the gen_ai spans. They carry names and diagnoses, so this is off unless
    /// asked for, and honoured only in Development, for debugging a provider with made-up data.
    /// </summary>
    public bool RecordMessageContent { get; set; }

    /// <summary>How long the circuit stays open after repeated failures; also the Retry-After callers are given.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);
}
