using System.Collections.Concurrent;
using System.Diagnostics;
using LlmSafety.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LlmSafety.ServiceDefaults.Tests;

public sealed class MlflowTraceExportTests
{
    [Fact]
    public async Task Spans_go_to_the_dashboard_and_to_mlflow_as_otlp_protobuf_with_the_experiment_header()
    {
        await using var receiver = await TraceReceiver.StartAsync();
        await using var dashboard = await TraceReceiver.StartAsync();

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Mlflow:Tracing:Enabled"] = "true",
            ["Mlflow:TrackingUri"] = receiver.BaseAddress,
            ["Mlflow:Tracing:ExperimentId"] = "7",
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = dashboard.BaseAddress,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        });
        builder.AddServiceDefaults();

        using (var host = builder.Build())
        {
            await host.StartAsync();
            using (var source = new ActivitySource(LlmSafetyTelemetry.JudgeSource))
            using (source.StartActivity("judge.evaluate"))
            {
            }

            // Stopping the host disposes the tracer provider, which flushes the batch exporter.
            await host.StopAsync();
        }

        var request = Assert.Single(receiver.Requests, r => r.Path == "/v1/traces");
        Assert.Equal("POST", request.Method);
        Assert.Equal("application/x-protobuf", request.ContentType);
        Assert.Equal("7", request.ExperimentId);
        Assert.True(request.BodyLength > 0);
        Assert.Contains(dashboard.Requests, r => r.Path == "/v1/traces" && r.ExperimentId is null or "");
    }

    [Theory]
    [InlineData(null, "7", "tracking URI")]
    [InlineData("ftp://mlflow.example", "7", "tracking URI")]
    [InlineData("http://127.0.0.1:5000", null, "ExperimentId")]
    public void Enabling_mlflow_tracing_without_its_settings_fails_with_a_clear_message(string? trackingUri, string? experimentId, string expected)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Mlflow:Tracing:Enabled"] = "true",
            ["Mlflow:TrackingUri"] = trackingUri,
            ["Mlflow:Tracing:ExperimentId"] = experimentId,
        });

        var error = Assert.Throws<InvalidOperationException>(() => builder.AddServiceDefaults());
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private sealed record ReceivedRequest(string Method, string Path, string? ContentType, string? ExperimentId, long BodyLength);

    /// <summary>A loopback HTTP server that records what an OTLP exporter sends, answering like MLflow (200, empty protobuf).</summary>
    private sealed class TraceReceiver : IAsyncDisposable
    {
        private readonly WebApplication _app;

        private TraceReceiver(WebApplication app, string baseAddress)
        {
            _app = app;
            BaseAddress = baseAddress;
        }

        public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

        public string BaseAddress { get; }

        public static async Task<TraceReceiver> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var app = builder.Build();
            TraceReceiver? receiver = null;
            app.Run(async context =>
            {
                using var body = new MemoryStream();
                await context.Request.Body.CopyToAsync(body);
                receiver!.Requests.Enqueue(new ReceivedRequest(
                    context.Request.Method,
                    context.Request.Path,
                    context.Request.ContentType,
                    context.Request.Headers["x-mlflow-experiment-id"],
                    body.Length));
                context.Response.ContentType = "application/x-protobuf";
            });
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            receiver = new TraceReceiver(app, address);
            return receiver;
        }

        public async ValueTask DisposeAsync() => await _app.DisposeAsync();
    }
}
