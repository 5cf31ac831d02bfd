namespace LlmSafety.Api.Infrastructure.Judging;

/// <summary>Thrown when a judgment is needed but no judge model is loaded; mapped to 503 so nothing is ever passed as safe by default.</summary>
public sealed class NoModelLoadedException : Exception
{
    public NoModelLoadedException()
        : base("No judge model is loaded yet; judgments are refused until one is.")
    {
    }

    public NoModelLoadedException(string message)
        : base(message)
    {
    }

    public NoModelLoadedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
