using System.Net;
using LlmSafety.Mlflow.Client;
using LlmSafety.Mlflow.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LlmSafety.Mlflow.Tests.Configuration;

public sealed class MlflowResilienceTests
{
    [Fact]
    public async Task A_failed_create_is_not_retried_so_mlflow_never_registers_twice()
    {
        var attempts = new AttemptCounter();
        var services = new ServiceCollection();
        // The same defaults every service gets from ServiceDefaults; the counter is the transport, so it sees every attempt.
        services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.ConfigurePrimaryHttpMessageHandler(() => attempts);
        });
        services.AddMlflowClient(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Mlflow:TrackingUri"] = "http://127.0.0.1:9" })
            .Build());
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<MlflowClient>();

        await Assert.ThrowsAnyAsync<Exception>(() => client.CreateRunAsync("1", "run"));

        Assert.Equal(1, attempts.Count);
    }

    /// <summary>Answers every attempt with 503, the status the standard handler retries when it may.</summary>
    private sealed class AttemptCounter : HttpMessageHandler
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _count);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { RequestMessage = request });
        }
    }
}
