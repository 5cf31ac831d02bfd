namespace LlmSafety.AppHost.StandIns;

/// <summary>A local <c>mlflow server</c> process standing in for the MLflow container when no container runtime is available.</summary>
internal sealed class MlflowServerResource(string name, string workingDirectory)
    : ExecutableResource(name, "mlflow", workingDirectory), IResourceWithConnectionString
{
    internal const string EndpointName = "http";

    public EndpointReference PrimaryEndpoint => new(this, EndpointName);

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"{PrimaryEndpoint.Property(EndpointProperty.Url)}");
}
