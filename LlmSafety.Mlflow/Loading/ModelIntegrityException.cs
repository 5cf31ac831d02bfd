namespace LlmSafety.Mlflow.Loading;

/// <summary>A downloaded model folder failed its checksums; the current model stays in place.</summary>
public sealed class ModelIntegrityException : Exception
{
    public ModelIntegrityException()
    {
    }

    public ModelIntegrityException(string message) : base(message)
    {
    }

    public ModelIntegrityException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
