using LlmSafety.Api.Infrastructure.Judging;
using LlmSafety.Api.Tests.Doubles;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LlmSafety.LoadTest;

/// <summary>
/// The real Api (same Program, middleware and cache) on Kestrel at 127.0.0.1, with the rule-based test judge loaded,
/// in production mode with rate limiting off so the benchmark measures the service rather than the limiter.
/// </summary>
internal sealed class BenchmarkApiHost(int port, string? redis) : WebApplicationFactory<Program>
{
    public void Start()
    {
        UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, port));
        StartServer();
        Services.GetRequiredService<IJudgeHolder>().Swap(new LoadedJudge(
            new DeterministicTestJudge("bench"),
            new TestRedactor(),
            new ModelDescriptor { Version = "bench" }));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("RateLimiting:Enabled", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        if (redis is not null)
        {
            builder.UseSetting("ConnectionStrings:cache", redis);
        }
    }
}
