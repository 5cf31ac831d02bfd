using System.Globalization;
using System.Text.Json;
using LlmSafety.Api.Infrastructure.Judging;
using LlmSafety.Api.Infrastructure.Llm;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace LlmSafety.Api.Infrastructure.Protection;

/// <summary>
/// Turns every exception into RFC 9457 problem details. Known failures keep their status (bad JSON 400, wrong
/// content type 415, body too large 413, no model 503, LLM trouble 502/503 with Retry-After); anything else is a
/// 500 that never repeats the exception's message, which could carry request data.
/// </summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problemDetails, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (problem, retryAfter) = Describe(exception);
        if (problem.Status == StatusCodes.Status500InternalServerError)
        {
            logger.LogError("Unhandled {ExceptionType} at {StackTrace}", exception.GetType().FullName, exception.StackTrace);
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        if (retryAfter is { } wait)
        {
            httpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static (ProblemDetails Problem, TimeSpan? RetryAfter) Describe(Exception exception) => exception switch
    {
        BadHttpRequestException { InnerException: JsonException json } => (InvalidJson(json), null),
        BadHttpRequestException bad => (new ProblemDetails
        {
            Status = bad.StatusCode,
            Title = bad.StatusCode switch
            {
                StatusCodes.Status413PayloadTooLarge => "Request body too large",
                StatusCodes.Status415UnsupportedMediaType => "Unsupported media type",
                _ => "Bad request",
            },
            Detail = bad.StatusCode == StatusCodes.Status415UnsupportedMediaType
                ? "Send the body as application/json."
                : bad.Message,
        }, null),
        NoModelLoadedException noModel => (new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = "No judge model loaded",
            Detail = noModel.Message,
        }, TimeSpan.FromSeconds(30)),
        LlmProviderNotConfiguredException notConfigured => (new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = "LLM provider not configured",
            Detail = notConfigured.Message,
        }, null),
        LlmUnavailableException llm => (new ProblemDetails
        {
            Status = llm.StatusCode,
            Title = llm.StatusCode == StatusCodes.Status502BadGateway ? "The LLM gave no usable answer" : "The LLM is unavailable",
            Detail = llm.Message,
        }, llm.RetryAfter),
        _ => (new ProblemDetails
        {
            Status = StatusCodes.Status500InternalServerError,
            Title = "Unexpected error",
            Detail = "The server could not complete the request.",
        }, null),
    };

    // System.Text.Json messages name the JSON path and the target type but never the offending value.
    private static ValidationProblemDetails InvalidJson(JsonException json)
    {
        var field = string.IsNullOrEmpty(json.Path) || json.Path == "$" ? "body" : json.Path.TrimStart('$', '.');
        var problem = new ValidationProblemDetails(new Dictionary<string, string[]>
        {
            [field] = [field == "body" ? "The body is not valid JSON." : $"The value of '{field}' is not valid."],
        })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Invalid JSON",
            Detail = field == "body" ? "The request body is not valid JSON." : $"The field '{field}' has an invalid value.",
        };
        return problem;
    }
}
