using System.Net;
using LlmSafety.Api.Tests.Fixtures;

namespace LlmSafety.Api.Tests;

public sealed class NoModelTests : IDisposable
{
    private readonly ApiFactory factory = new();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Without_a_model_judgments_fail_closed_with_503_and_health_is_unhealthy()
    {
        var client = factory.CreateClient();

        var judgment = await client.PostAsync("/v1/judgments", JsonContent("""{"text":"We wait in line."}"""));
        var narrative = await client.PostAsync("/v1/narratives", JsonContent("""{"situation":"waiting in line"}"""));
        var model = await client.GetAsync("/v1/model");
        var health = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, judgment.StatusCode);
        Assert.Equal("application/problem+json", judgment.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(judgment.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, narrative.StatusCode);
        Assert.Equal(0, factory.Chat.Calls);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, model.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal("Unhealthy", await health.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_is_degraded_when_serving_the_disk_copy_and_healthy_from_the_registry()
    {
        var client = factory.CreateClient();

        factory.LoadJudge("5", servedFromDiskCache: true);
        var degraded = await client.GetAsync("/health");
        factory.LoadJudge("5");
        var healthy = await client.GetAsync("/health");
        factory.Judges.ReportRegistryReachable(false);
        var registryDown = await client.GetAsync("/health");
        factory.Judges.ReportRegistryReachable(true);
        var registryBack = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, degraded.StatusCode);
        Assert.Equal("Degraded", await degraded.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", await healthy.Content.ReadAsStringAsync());
        Assert.Equal("Degraded", await registryDown.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", await registryBack.Content.ReadAsStringAsync());
    }

    private static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
