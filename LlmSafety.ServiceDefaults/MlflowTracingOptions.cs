using Microsoft.Extensions.Configuration;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// The optional second trace exporter: MLflow 3.6+ ingests OTLP/HTTP protobuf at <c>/v1/traces</c> and files each
/// trace under the experiment named by the <c>x-mlflow-experiment-id</c> header.
/// Enabled with <c>Mlflow:Tracing:Enabled=true</c> and <c>Mlflow:Tracing:ExperimentId</c>.
/// </summary>
internal sealed record MlflowTracingOptions(Uri TracesEndpoint, string Headers)
{
    public static MlflowTracingOptions? FromConfiguration(IConfiguration configuration)
    {
        if (!configuration.GetValue<bool>("Mlflow:Tracing:Enabled"))
        {
            return null;
        }

        var trackingUri = configuration["Mlflow:TrackingUri"]
            ?? configuration.GetConnectionString("mlflow")
            ?? configuration["MLFLOW_TRACKING_URI"];
        var experimentId = configuration["Mlflow:Tracing:ExperimentId"] ?? configuration["MLFLOW_EXPERIMENT_ID"];

        if (string.IsNullOrWhiteSpace(trackingUri) || !Uri.TryCreate(trackingUri.TrimEnd('/') + "/v1/traces", UriKind.Absolute, out var endpoint)
            || endpoint.Scheme is not ("http" or "https"))
        {
            throw new InvalidOperationException(
                "Mlflow:Tracing:Enabled is true but no http(s) MLflow tracking URI is configured (Mlflow:TrackingUri, ConnectionStrings:mlflow or MLFLOW_TRACKING_URI).");
        }

        if (string.IsNullOrWhiteSpace(experimentId))
        {
            throw new InvalidOperationException(
                "Mlflow:Tracing:Enabled is true but Mlflow:Tracing:ExperimentId (or MLFLOW_EXPERIMENT_ID) is not set; MLflow refuses traces without it.");
        }

        var headers = $"x-mlflow-experiment-id={experimentId.Trim()}";
        var token = configuration["Mlflow:Token"] ?? configuration["MLFLOW_TRACKING_TOKEN"];
        if (!string.IsNullOrWhiteSpace(token))
        {
            headers += $",Authorization=Bearer {token.Trim()}";
        }

        return new MlflowTracingOptions(endpoint, headers);
    }
}
