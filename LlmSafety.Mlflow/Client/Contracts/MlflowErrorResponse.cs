namespace LlmSafety.Mlflow.Client.Contracts;

/// <summary>MLflow's error body: <c>{"error_code": "...", "message": "..."}</c>.</summary>
internal sealed record MlflowErrorResponse(string? ErrorCode, string? Message);
