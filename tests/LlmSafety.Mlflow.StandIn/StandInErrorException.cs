namespace LlmSafety.Mlflow.StandIn;

/// <summary>An MLflow error answer: <c>{"error_code": ..., "message": ...}</c> with an HTTP status.</summary>
public sealed class StandInErrorException(int statusCode, string errorCode, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public string ErrorCode { get; } = errorCode;

    public static StandInErrorException NotFound(string message) => new(404, "RESOURCE_DOES_NOT_EXIST", message);

    public static StandInErrorException AlreadyExists(string message) => new(400, "RESOURCE_ALREADY_EXISTS", message);

    public static StandInErrorException Invalid(string message) => new(400, "INVALID_PARAMETER_VALUE", message);
}
