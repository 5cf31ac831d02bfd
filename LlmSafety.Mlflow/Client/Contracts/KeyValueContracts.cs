namespace LlmSafety.Mlflow.Client.Contracts;

/// <summary>MLflow's key/value tag as it travels in experiments, runs, logged models and registered models.</summary>
public sealed record MlflowTag(string Key, string Value);

/// <summary>A run or logged-model parameter; MLflow stores every value as a string.</summary>
public sealed record MlflowParam(string Key, string Value);

/// <summary>One metric point; <c>runs/get</c> returns only the latest point per key.</summary>
public sealed record MlflowMetric(string Key, double Value, long Timestamp, long Step);
