using System.Net;

namespace LlmSafety.Mlflow.Client;

/// <summary>
/// An MLflow server refused a call. The message is MLflow's own (or the HTTP reason for non-JSON answers such as
/// a 405 HTML page) and never carries values from our request payload.
/// </summary>
public sealed class MlflowException : Exception
{
    public const string ResourceDoesNotExist = "RESOURCE_DOES_NOT_EXIST";
    public const string ResourceAlreadyExists = "RESOURCE_ALREADY_EXISTS";
    public const string InvalidParameterValue = "INVALID_PARAMETER_VALUE";

    public MlflowException()
    {
        ErrorCode = "UNKNOWN";
    }

    public MlflowException(string message) : base(message)
    {
        ErrorCode = "UNKNOWN";
    }

    public MlflowException(string message, Exception innerException) : base(message, innerException)
    {
        ErrorCode = "UNKNOWN";
    }

    public MlflowException(string errorCode, HttpStatusCode statusCode, string message) : base(message)
    {
        ErrorCode = errorCode;
        StatusCode = statusCode;
    }

    /// <summary>MLflow's <c>error_code</c>, or <c>HTTP_&lt;status&gt;</c> when the answer was not MLflow JSON.</summary>
    public string ErrorCode { get; }

    public HttpStatusCode StatusCode { get; }

    public bool IsNotFound => ErrorCode == ResourceDoesNotExist || StatusCode == HttpStatusCode.NotFound;

    public bool IsAlreadyExists => ErrorCode == ResourceAlreadyExists;
}
