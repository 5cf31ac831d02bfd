using LlmSafety.Api.Infrastructure.Judging;
using LlmSafety.Api.Tests.Doubles;
using LlmSafety.Judge.Model;
using LlmSafety.Judge.Redaction;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LlmSafety.LoadTest;

/// <summary>
/// The real Api (same Program, middleware and cache) on Kestrel at 127.0.0.1, with the rule-based test judge or a trained judge zip loaded,
/// in production mode with rate limiting off so the benchmark measures the service rather than the limiter.
/// </summary>
internal sealed class BenchmarkApiHost(int port, string? redis, string? modelFile = null) : WebApplicationFactory<Program>
{
    public void Start()
    {
        UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, port));
        StartServer();
        // A trained judge zip (the trainer's judge-model.zip) measures the real model; without one, the rule-based test judge.
        Services.GetRequiredService<IJudgeHolder>().Swap(modelFile is null
            ? new LoadedJudge(new DeterministicTestJudge("bench"), new TestRedactor(), new ModelDescriptor { Version = "bench" })
            : new LoadedJudge(JudgeModel.Load(modelFile), new DelegatingRedactor(Redactor.Redact), new ModelDescriptor { Version = "bench-trained" }));
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
