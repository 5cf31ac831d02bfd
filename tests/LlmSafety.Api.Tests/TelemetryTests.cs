using System.Diagnostics;
using System.Diagnostics.Metrics;
using LlmSafety.Api.Tests.Fixtures;
using LlmSafety.ServiceDefaults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using OpenTelemetry.Trace;

namespace LlmSafety.Api.Tests;

[Collection(TelemetryCollection.Name)]
public sealed class TelemetryTests
{
    [Fact]
    public async Task Judging_emits_spans_and_metrics_with_categorical_attributes_only()
    {
        var spans = new List<Activity>();
        using var factory = new ApiFactory(configureServices: services =>
            services.AddOpenTelemetry().WithTracing(tracing => tracing.AddInMemoryExporter(spans)));
        factory.LoadJudge("12");
        var meters = factory.Services.GetRequiredService<IMeterFactory>();
        using var judgments = new MetricCollector<long>(meters, LlmSafetyTelemetry.ApiSource, "llmsafety.judgments");
        using var duration = new MetricCollector<double>(meters, LlmSafetyTelemetry.ApiSource, "llmsafety.judge.duration");
        var client = factory.CreateClient();

        await client.PostJsonAsync("/v1/judgments", new { text = "Ava Chen and Leo Smith have asthma." });
        await client.PostJsonAsync("/v1/judgments", new { text = "Ava Chen and Leo Smith have asthma." });
        await client.PostJsonAsync("/v1/narratives", new { situation = "the dentist" });
        var judgmentMeasurements = judgments.GetMeasurementSnapshot();
        var durations = duration.GetMeasurementSnapshot();
        // Stopping the host waits for the last requests to finish, so every span has ended and been exported and the
        // exporter's list no longer changes while it is read below.
        await factory.DisposeAsync();

        var evaluate = Assert.Single(spans, span => span.OperationName == "judge.evaluate" && span.GetTagItem("llmsafety.verdict") is "unsafe");
        Assert.Equal("12", evaluate.GetTagItem("llmsafety.model.version"));
        Assert.Equal("0-99", evaluate.GetTagItem("llmsafety.text.length_bucket"));
        Assert.Equal(2, evaluate.GetTagItem("llmsafety.entities.PERSON_NAME"));
        Assert.Equal(1, evaluate.GetTagItem("llmsafety.entities.DIAGNOSIS"));
        var cacheSpans = spans.Where(span => span.OperationName == "judgment.cache").Select(span => span.GetTagItem("llmsafety.cache.hit")).ToList();
        Assert.Equal([false, true, false], cacheSpans);
        var generate = Assert.Single(spans, span => span.OperationName == "narrative.generate");
        Assert.Equal("simulated", generate.GetTagItem("llmsafety.llm.provider"));
        Assert.Contains(spans, span => span.Source.Name == LlmSafetyTelemetry.ExtensionsAiSource && span.ParentSpanId == generate.SpanId);

        var byVerdict = judgmentMeasurements.GroupBy(measurement => (string?)measurement.Tags["verdict"]).ToDictionary(group => group.Key!, group => group.Sum(measurement => measurement.Value));
        Assert.Equal(2, byVerdict["unsafe"]);
        Assert.Equal(1, byVerdict["safe"]);
        Assert.Equal(2, durations.Count);
    }
}
