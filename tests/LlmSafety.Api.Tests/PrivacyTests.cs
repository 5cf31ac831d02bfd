using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using LlmSafety.Api.Tests.Doubles;
using LlmSafety.Api.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using OpenTelemetry.Trace;

namespace LlmSafety.Api.Tests;

/// <summary>Requests full of names and diagnoses leave no trace of them in logs or exported spans.</summary>
[Collection(TelemetryCollection.Name)]
public sealed class PrivacyTests
{
    private static readonly string[] PersonalTerms =
        ["Liam", "Okafor", "Ritalin", "epilepsy", "Kowalski", "seizures", "Sunnyvale", "555-867-5309", "Keppra"];

    [Fact]
    public async Task Logs_and_spans_carry_no_names_or_health_terms()
    {
        var spans = new List<Activity>();
        var chat = new ScriptedChatClient(
            "I am Liam Okafor. I take Ritalin because of my epilepsy. I go to Sunnyvale school.",
            "Liam waits for the bus. The bus comes. Liam gets on.");
        using var factory = new ApiFactory(chat: chat, configureServices: services =>
        {
            services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddFakeLogging());
            services.AddOpenTelemetry().WithTracing(tracing => tracing.AddInMemoryExporter(spans));
        });
        factory.LoadJudge("3");
        var client = factory.CreateClient();

        const string text = "Liam Okafor (555-867-5309) has epilepsy and takes Keppra for his seizures.";
        await client.PostAsJsonAsync("/v1/judgments", new { text });
        await client.PostAsJsonAsync("/v1/judgments", new { text, allowedNames = new[] { "Liam Okafor" } });
        await client.PostAsJsonAsync("/v1/judgments/batch", new { items = new[] { new { id = "Kowalski", text }, new { id = "x", text = "" } } });
        await client.PostAsJsonAsync("/v1/narratives", new { subjectName = "Liam Okafor", situation = "taking Ritalin at Sunnyvale", details = "epilepsy, seizures, Keppra", onUnsafe = "regenerate" });
        await client.PostAsJsonAsync("/v1/narratives/stream", new { subjectName = "Liam Okafor", situation = "epilepsy check-up", onUnsafe = "block" });
        await client.PostAsync("/v1/judgments", new StringContent("""{"text": "Liam Okafor has epilepsy", "policy": {"identityThreshold": "Keppra"}}""", Encoding.UTF8, "application/json"));
        await client.PostAsync("/v1/narratives", new StringContent("""{"situation": "Liam Okafor", "voice": "Ritalin"}""", Encoding.UTF8, "application/json"));
        await client.PostAsync("/v1/judgments", new StringContent("""{"text": "Liam Okafor has epilepsy""", Encoding.UTF8, "application/json"));
        await client.PostAsync("/v1/judgments", new StringContent("Liam Okafor has epilepsy", Encoding.UTF8, "text/plain"));

        var logs = factory.Services.GetFakeLogCollector().GetSnapshot();
        // Stopping the host waits for the last requests to finish, so every span has ended and been exported: the
        // exporter's list no longer changes while it is read below (it did, now and then, under load).
        await factory.DisposeAsync();
        Assert.NotEmpty(logs);
        Assert.Contains(spans, span => span.OperationName == "judge.evaluate" && span.GetTagItem("llmsafety.verdict") is "unsafe");
        Assert.Contains(spans, span => span.Source.Name == "Experimental.Microsoft.Extensions.AI");

        foreach (var record in logs)
        {
            AssertClean($"log {record.Category}", record.Message);
            AssertClean($"log {record.Category} exception", record.Exception?.ToString());
            foreach (var (key, value) in record.StructuredState ?? [])
            {
                AssertClean($"log {record.Category} field {key}", value);
            }

            foreach (var scope in record.Scopes)
            {
                AssertClean($"log {record.Category} scope", scope?.ToString());
            }
        }

        foreach (var span in spans)
        {
            AssertClean($"span name {span.Source.Name}", span.DisplayName);
            AssertClean($"span {span.DisplayName} status", span.StatusDescription);
            foreach (var (key, value) in span.TagObjects)
            {
                AssertClean($"span {span.DisplayName} tag {key}", value?.ToString());
            }

            foreach (var spanEvent in span.Events)
            {
                AssertClean($"span {span.DisplayName} event", spanEvent.Name);
                foreach (var (key, value) in spanEvent.Tags)
                {
                    AssertClean($"span {span.DisplayName} event tag {key}", value?.ToString());
                }
            }
        }
    }

    private static void AssertClean(string where, string? value)
    {
        if (value is null)
        {
            return;
        }

        foreach (var term in PersonalTerms)
        {
            Assert.False(value.Contains(term, StringComparison.OrdinalIgnoreCase), $"{where} contains '{term}': {value}");
        }
    }
}
