using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LlmSafety.Api.Tests.Fixtures;

namespace LlmSafety.Api.Tests.Registry;

/// <summary>
/// The api given nothing but an MLflow tracking URI: it resolves models:/llm-safety-judge@champion, serves it,
/// and follows the alias when a better version is registered, without a restart.
/// </summary>
public sealed class ChampionFromRegistryTests(RegisteredJudgeFixture registry) : IClassFixture<RegisteredJudgeFixture>
{
    private static readonly TimeSpan SwapTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Api_serves_the_mlflow_champion_and_picks_up_a_better_one_without_restart()
    {
        var first = await registry.RegisterAsync(registry.Metrics);
        Assert.True(first.Decision.Promote, first.Decision.Reason);

        using var factory = new ApiFactory(new Dictionary<string, string?>
        {
            ["Mlflow:TrackingUri"] = registry.Mlflow.BaseAddress.ToString(),
            ["ModelRegistry:PollInterval"] = "00:00:00.200",
        });
        var client = factory.CreateClient();

        var model = await WaitForVersionAsync(client, first.Version);
        Assert.Equal("mlflow", model.GetProperty("source").GetString());
        Assert.Equal(first.RunId, model.GetProperty("runId").GetString());
        Assert.Contains($"/runs/{first.RunId}", model.GetProperty("mlflowRunUrl").GetString(), StringComparison.Ordinal);
        Assert.True(model.GetProperty("metrics").GetProperty("identity.recall").GetDouble() > 0.5);

        using var judged = await client.PostAsJsonAsync("/v1/judgments", new
        {
            text = "Maya Okafor takes methylphenidate every morning before school, and her phone number is 555-201-7788.",
        });
        Assert.Equal(HttpStatusCode.OK, judged.StatusCode);
        var judgment = await judged.ReadJsonAsync();
        Assert.Equal("unsafe", judgment.GetProperty("verdict").GetString());
        Assert.Equal(first.Version, judgment.GetProperty("model").GetProperty("version").GetString());

        var better = registry.Metrics.ToDictionary(m => m.Key, m => m.Key.EndsWith(".f2", StringComparison.Ordinal) ? Math.Min(1, m.Value + 0.01) : m.Value);
        var second = await registry.RegisterAsync(better);
        Assert.True(second.Decision.Promote, second.Decision.Reason);
        await WaitForVersionAsync(client, second.Version);

        var worse = registry.Metrics.ToDictionary(m => m.Key, m => m.Key.EndsWith(".f2", StringComparison.Ordinal) ? m.Value - 0.05 : m.Value);
        var third = await registry.RegisterAsync(worse);
        Assert.False(third.Decision.Promote);

        var versions = (await (await client.GetAsync("/v1/model/versions")).ReadJsonAsync()).EnumerateArray().ToList();
        Assert.Equal([third.Version, second.Version, first.Version], versions.Select(v => v.GetProperty("version").GetString()));
        Assert.Equal("rejected", versions[0].GetProperty("promotion").GetString());
        Assert.Contains("f2", versions[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Contains("champion", versions[1].GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));

        using var plot = await client.GetAsync("/v1/model/artifacts/pr-curve-identity.png");
        Assert.Equal(HttpStatusCode.OK, plot.StatusCode);
        Assert.True((await plot.Content.ReadAsByteArrayAsync()).Length > 1000);
        Assert.Equal(second.Version, (await (await client.GetAsync("/v1/model")).ReadJsonAsync()).GetProperty("version").GetString());
    }

    private static async Task<JsonElement> WaitForVersionAsync(HttpClient client, string version)
    {
        using var timeout = new CancellationTokenSource(SwapTimeout);
        while (true)
        {
            using var response = await client.GetAsync("/v1/model", timeout.Token);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                var model = await response.ReadJsonAsync();
                if (model.GetProperty("version").GetString() == version)
                {
                    return model;
                }
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), timeout.Token);
        }
    }
}
