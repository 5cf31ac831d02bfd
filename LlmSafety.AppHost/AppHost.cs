using LlmSafety.AppHost;

var builder = DistributedApplication.CreateBuilder(args);

var containers = ContainerMode.Resolve(builder);
// Local state (model store, redis and mlflow folders, the api's model cache) survives restarts here, so a second
// run trains a challenger against the first run's champion. Tests point it at a fresh folder.
var dataDirectory = builder.Configuration["DataDirectory"] is { Length: > 0 } configuredData
    ? Path.GetFullPath(configuredData)
    : Path.Combine(builder.AppHostDirectory, ".data");

var cache = builder.AddJudgmentCache(containers, dataDirectory);
var tracking = builder.AddTrackingServer(containers, dataDirectory);
var llm = builder.AddLlmParameters();
var apiKey = builder.AddParameter("api-key", new GenerateParameterDefault { MinLength = 32, Special = false }, secret: true);

containers.Announce(hasRedisServer: cache is not null, hasMlflow: tracking.IsMlflow, hasExternalMlflow: tracking.Description == "external MLflow");

var api = builder.AddProject<Projects.LlmSafety_Api>("api")
    .WithEnvironment("Api__ApiKey", apiKey)
    .WithLlm(llm)
    .WithHttpHealthCheck("/health");
tracking.Attach(api);
if (tracking.Waitable is not null)
{
    api.WaitFor(tracking.Waitable);
}

if (cache is not null)
{
    api.WithReference(cache).WaitFor(cache);
}

if (builder.ExecutionContext.IsRunMode)
{
    // The trainer is a one-shot job: in Azure Container Apps a project that exits is restarted forever, so it only
    // runs locally (see README, "Training in Azure"); the api waits for the model it produces.
    var trainer = builder.AddProject<Projects.LlmSafety_Trainer>("trainer")
        .WithArgs("train")
        .WithEnvironment("Training__Count", builder.Configuration["Training:Count"] ?? string.Empty);
    tracking.Attach(trainer);
    if (tracking.Waitable is not null)
    {
        trainer.WaitFor(tracking.Waitable);
    }

    api.WithEnvironment("ModelCache__Path", Path.Combine(dataDirectory, "api-model-cache"))
        .WaitForCompletion(trainer);
}

var web = builder.AddProject<Projects.LlmSafety_Web>("web")
    .WithReference(api)
    .WaitFor(api)
    .WithEnvironment("Api__ApiKey", apiKey)
    .WithExternalHttpEndpoints()
    .WithHttpHealthCheck("/health");

if (tracking.UiEndpoint is not null)
{
    web.WithEnvironment("Links__MlflowUi", tracking.UiEndpoint);
}

if (builder.ExecutionContext.IsPublishMode)
{
    // api and web keep no state of their own (judgments live in Redis, models in MLflow), so Azure can run several.
    api.WithReplicas(2);
    web.WithReplicas(2);
}

builder.Build().Run();
