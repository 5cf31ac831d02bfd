namespace LlmSafety.AppHost.StandIns;

/// <summary>
/// A local <c>redis-server</c> process standing in for the Redis container when no container runtime is available.
/// It exposes the same connection string shape (host:port) as <c>AddRedis</c>, so the api cannot tell them apart.
/// </summary>
internal sealed class RedisServerResource(string name, string workingDirectory)
    : ExecutableResource(name, "redis-server", workingDirectory), IResourceWithConnectionString
{
    internal const string EndpointName = "tcp";

    public EndpointReference PrimaryEndpoint => new(this, EndpointName);

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"{PrimaryEndpoint.Property(EndpointProperty.Host)}:{PrimaryEndpoint.Property(EndpointProperty.Port)}");
}
