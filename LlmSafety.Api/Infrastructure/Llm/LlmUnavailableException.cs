namespace LlmSafety.Api.Infrastructure.Llm;

/// <summary>The LLM could not give a usable answer; carries the HTTP status (502 or 503) and how long the caller should wait.</summary>
public sealed class LlmUnavailableException : Exception
{
    public LlmUnavailableException()
    {
    }

    public LlmUnavailableException(string message)
        : base(message)
    {
    }

    public LlmUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public LlmUnavailableException(string message, int statusCode, TimeSpan retryAfter, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        RetryAfter = retryAfter;
    }

    public int StatusCode { get; } = StatusCodes.Status502BadGateway;

    public TimeSpan RetryAfter { get; } = TimeSpan.FromSeconds(10);
}
