namespace LlmSafety.Mlflow.Configuration;

/// <summary>
/// Where MLflow is and how to reach it. Bound from the <c>Mlflow</c> section, falling back to
/// <c>ConnectionStrings:mlflow</c> and then to MLflow's own <c>MLFLOW_TRACKING_*</c> environment variables.
/// </summary>
public sealed class MlflowOptions
{
    public const string SectionName = "Mlflow";
    public const string ConnectionStringName = "mlflow";
    public const string DefaultExperimentName = "llm-safety-judge";
    public const string DefaultRegisteredModelName = "llm-safety-judge";

    /// <summary>Absolute http(s) URI of the tracking server; empty means no MLflow (the local model store is used).</summary>
    public string? TrackingUri { get; set; }

    /// <summary>Bearer token (a Databricks personal access token, or an MLflow auth token).</summary>
    public string? Token { get; set; }

    public string? Username { get; set; }

    public string? Password { get; set; }

    public string ExperimentName { get; set; } = DefaultExperimentName;

    public string RegisteredModelName { get; set; } = DefaultRegisteredModelName;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(TrackingUri);
}
