using LlmSafety.AppHost.StandIns;
using Microsoft.Extensions.Configuration;

namespace LlmSafety.AppHost;

internal static class MlflowExtensions
{
    private const int MlflowContainerPort = 5000;

    /// <summary>
    /// Chooses the tracking server: an external MLflow when <c>ConnectionStrings:mlflow</c> is set (no container is
    /// started); the mlflow/Dockerfile container when containers run; a local <c>mlflow server</c> when one is on
    /// PATH; otherwise a model store folder shared by the trainer and the api.
    /// </summary>
    public static TrackingServer AddTrackingServer(this IDistributedApplicationBuilder builder, ContainerMode mode, string dataDirectory)
    {
        if (!string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString("mlflow")))
        {
            var external = builder.AddConnectionString("mlflow");
            return TrackingServer.Mlflow(null, null, project => project.WithReference(external), "external MLflow");
        }

        if (mode.UseContainers)
        {
            return builder.AddMlflowContainer();
        }

        if (ExecutableLookup.Find("mlflow") is not null)
        {
            return builder.AddMlflowExecutable(dataDirectory);
        }

        return TrackingServer.LocalStore(Directory.CreateDirectory(Path.Combine(dataDirectory, "model-store")).FullName);
    }

    private static TrackingServer AddMlflowContainer(this IDistributedApplicationBuilder builder)
    {
        var mlflow = builder.AddDockerfile("mlflow", "../mlflow")
            .WithHttpEndpoint(targetPort: MlflowContainerPort, name: "http", env: "MLFLOW_PORT")
            .WithHttpHealthCheck("/health")
            .WithVolume("llmsafety-mlflow", "/mlflow");

        if (builder.ExecutionContext.IsPublishMode)
        {
            // SQLite on the network file share behind an Azure Container Apps volume is unreliable, so the backend
            // store is PostgreSQL there; artifacts stay on the volume, served through MLflow's artifact proxy.
            var postgres = builder.AddPostgres("postgres").WithDataVolume();
            var database = postgres.AddDatabase("mlflowdb");
            var server = postgres.Resource;
            mlflow
                .WithEnvironment("MLFLOW_BACKEND_STORE_URI", ReferenceExpression.Create(
                    $"postgresql://{server.UserNameReference}:{server.PasswordParameter}@{server.PrimaryEndpoint.Property(EndpointProperty.HostAndPort)}/mlflowdb"))
                .WaitFor(database);
        }

        var endpoint = mlflow.GetEndpoint("http");
        return TrackingServer.Mlflow(
            mlflow,
            endpoint,
            project => project.WithEnvironment("ConnectionStrings__mlflow", endpoint).WithReference(endpoint),
            "MLflow container");
    }

    private static TrackingServer AddMlflowExecutable(this IDistributedApplicationBuilder builder, string dataDirectory)
    {
        var workingDirectory = Directory.CreateDirectory(Path.Combine(dataDirectory, "mlflow")).FullName;
        var server = new MlflowServerResource("mlflow", workingDirectory);
        var mlflow = builder.AddResource(server)
            .WithHttpEndpoint(name: MlflowServerResource.EndpointName, env: "MLFLOW_PORT")
            .WithArgs(context =>
            {
                context.Args.Add("server");
                context.Args.Add("--host");
                context.Args.Add("127.0.0.1");
                context.Args.Add("--port");
                context.Args.Add(server.PrimaryEndpoint.Property(EndpointProperty.TargetPort));
                context.Args.Add("--backend-store-uri");
                context.Args.Add($"sqlite:///{Path.Combine(workingDirectory, "mlflow.db")}");
                context.Args.Add("--serve-artifacts");
                context.Args.Add("--artifacts-destination");
                context.Args.Add(Path.Combine(workingDirectory, "artifacts"));
            })
            .WithHttpHealthCheck("/health");

        return TrackingServer.Mlflow(mlflow, server.PrimaryEndpoint, project => project.WithReference(mlflow), "local mlflow executable");
    }
}
