using LlmSafety.Web.Model;

namespace LlmSafety.Web.Services;

/// <summary>
/// The API could not answer: it is not running yet, unreachable, timed out, or said it is not ready (5xx).
/// Pages show this as "try again shortly", never as an error page.
/// </summary>
public sealed class JudgeApiUnavailableException : Exception
{
    public JudgeApiUnavailableException()
    {
    }

    public JudgeApiUnavailableException(string message)
        : base(message)
    {
    }

    public JudgeApiUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public JudgeApiUnavailableException(string message, ApiProblem? problem, Exception? innerException = null)
        : base(message, innerException)
    {
        Problem = problem;
    }

    /// <summary>The problem details the API sent with its 5xx answer, when it sent any.</summary>
    public ApiProblem? Problem { get; }
}
