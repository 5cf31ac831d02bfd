using LlmSafety.Web.Model;

namespace LlmSafety.Web.Services;

/// <summary>The API refused the request (4xx), usually because a field is invalid; the problem names the field.</summary>
public sealed class JudgeApiRejectedException : Exception
{
    public JudgeApiRejectedException()
    {
    }

    public JudgeApiRejectedException(string message)
        : base(message)
    {
    }

    public JudgeApiRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public JudgeApiRejectedException(string message, ApiProblem problem)
        : base(message)
    {
        Problem = problem;
    }

    public ApiProblem? Problem { get; }
}
