namespace LlmSafety.Api.Infrastructure.Llm;

/// <summary>The LLM answered but gave no usable story (empty, or not text); treated as a transient failure.</summary>
public sealed class LlmGarbageResponseException : Exception
{
    public LlmGarbageResponseException()
        : base("The LLM returned no usable story.")
    {
    }

    public LlmGarbageResponseException(string message)
        : base(message)
    {
    }

    public LlmGarbageResponseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
