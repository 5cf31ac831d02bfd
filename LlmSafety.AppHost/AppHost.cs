var builder = DistributedApplication.CreateBuilder(args);

var api = builder.AddProject<Projects.LlmSafety_Api>("api")
    .WithHttpHealthCheck("/health");

builder.AddProject<Projects.LlmSafety_Web>("web")
    .WithReference(api)
    .WaitFor(api)
    .WithHttpHealthCheck("/health");

builder.Build().Run();
