using System.Net;
using System.Net.Http.Json;
using LlmSafety.Api.Tests.Fixtures;
using LlmSafety.Mlflow.Client.Contracts;
using LlmSafety.Mlflow.StandIn;
using LlmSafety.Reliability.Tests.Fixtures;

namespace LlmSafety.Reliability.Tests.Faults;

/// <summary>The Api with a real trained judge registered in an MLflow stand-in that goes away or serves tampered bytes.</summary>
[Collection(TrainedJudgeCollection.Name)]
public sealed class RegistryFaultTests(TrainedJudgeFixture judge) : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private const string Disclosure = "Maya Okafor takes methylphenidate every morning, and her phone number is 555-201-7788.";
    private readonly DirectoryInfo _modelCache = Directory.CreateTempSubdirectory("llmsafety-reliability-cache-");

    public void Dispose() => _modelCache.Delete(recursive: true);

    [Fact]
    public async Task Api_started_without_mlflow_serves_the_last_model_on_disk_and_reports_degraded()
    {
        string version;
        await using (var mlflow = await MlflowStandIn.StartAsync())
        {
            var registered = await judge.RegisterAsync(mlflow);
            Assert.True(registered.Decision.Promote, registered.Decision.Reason);
            version = registered.Version;
            using var first = Factory(mlflow.BaseAddress);
            using var firstClient = first.StartOnLoopback();
            await WaitForAsync(firstClient, "/v1/model", body => body.Contains($"\"version\":\"{version}\"", StringComparison.Ordinal));
        }

        using var restarted = Factory(ClosedPort.Address());
        using var client = restarted.StartOnLoopback();
        await WaitForAsync(client, "/v1/model", body => body.Contains($"\"version\":\"{version}\"", StringComparison.Ordinal));

        using var judged = await client.PostAsJsonAsync("/v1/judgments", new { text = Disclosure });
        Assert.Equal(HttpStatusCode.OK, judged.StatusCode);
        var judgment = await judged.ReadJsonAsync();
        Assert.Equal("unsafe", judgment.GetProperty("verdict").GetString());
        Assert.Equal("Degraded", await client.GetStringAsync("/health"));
    }

    [Fact]
    public async Task Api_without_mlflow_and_without_any_model_refuses_judgments_with_503_never_safe()
    {
        using var factory = Factory(ClosedPort.Address());
        using var client = factory.StartOnLoopback();

        foreach (var text in new[] { Disclosure, "We wait for our turn on the slide." })
        {
            using var response = await client.PostAsJsonAsync("/v1/judgments", new { text });
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.NotNull(response.Headers.RetryAfter);
            Assert.DoesNotContain("\"verdict\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var batch = await client.PostAsJsonAsync("/v1/judgments/batch", new { items = new[] { new { text = Disclosure } } });
        Assert.Equal(HttpStatusCode.ServiceUnavailable, batch.StatusCode);
        using var health = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
    }

    [Fact]
    public async Task Mlflow_going_away_during_polls_keeps_the_current_model_serving_and_meters_the_failures()
    {
        using var metrics = new MetricRecorder();
        var mlflow = await MlflowStandIn.StartAsync();
        var version = (await judge.RegisterAsync(mlflow)).Version;
        using var factory = Factory(mlflow.BaseAddress);
        using var client = factory.StartOnLoopback();
        await WaitForAsync(client, "/v1/model", body => body.Contains($"\"version\":\"{version}\"", StringComparison.Ordinal));
        var failuresBefore = metrics.Sum("llmsafety.model.poll.failures");

        await mlflow.DisposeAsync();
        await WaitUntilAsync(() => metrics.Sum("llmsafety.model.poll.failures") >= failuresBefore + 2);

        using var judged = await client.PostAsJsonAsync("/v1/judgments", new { text = Disclosure });
        Assert.Equal(HttpStatusCode.OK, judged.StatusCode);
        var judgment = await judged.ReadJsonAsync();
        Assert.Equal(version, judgment.GetProperty("model").GetProperty("version").GetString());
        Assert.Equal("unsafe", judgment.GetProperty("verdict").GetString());
        Assert.Equal("Degraded", await client.GetStringAsync("/health"));
        Assert.All(
            metrics.Measurements.Where(m => m.Instrument == "llmsafety.model.poll.failures"),
            failure => Assert.Contains(failure.Tags, tag => tag.StartsWith("error.type=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_tampered_model_download_is_rejected_and_the_current_model_keeps_serving()
    {
        using var metrics = new MetricRecorder();
        await using var mlflow = await MlflowStandIn.StartAsync();
        var good = await judge.RegisterAsync(mlflow);
        using var factory = Factory(mlflow.BaseAddress);
        using var client = factory.StartOnLoopback();
        await WaitForAsync(client, "/v1/model", body => body.Contains($"\"version\":\"{good.Version}\"", StringComparison.Ordinal));

        // A second, better version whose model bytes are flipped on their way into the registry: its checksums no longer
        // match. (Flipping them after registration raced the poller, which could fetch the version first.)
        var keysBefore = mlflow.State.Artifacts.Keys.ToHashSet(StringComparer.Ordinal);
        mlflow.State.UploadFault = (path, bytes) =>
        {
            if (!path.EndsWith("judge-model.zip", StringComparison.Ordinal))
            {
                return bytes;
            }

            var flipped = (byte[])bytes.Clone();
            flipped[flipped.Length / 2] ^= 0xFF;
            return flipped;
        };
        var tampered = await judge.RegisterAsync(mlflow, f2Gain: 0.01);
        Assert.True(tampered.Decision.Promote, tampered.Decision.Reason);
        Assert.Contains(mlflow.State.Artifacts.Keys, key => !keysBefore.Contains(key) && key.EndsWith("judge-model.zip", StringComparison.Ordinal));

        await WaitUntilAsync(() => metrics.Sum("llmsafety.model.checksum.rejections") >= 1);

        using var judged = await client.PostAsJsonAsync("/v1/judgments", new { text = Disclosure });
        Assert.Equal(HttpStatusCode.OK, judged.StatusCode);
        Assert.Equal(good.Version, (await judged.ReadJsonAsync()).GetProperty("model").GetProperty("version").GetString());
        Assert.Contains(
            Directory.EnumerateFiles(_modelCache.FullName, "current.json", SearchOption.AllDirectories),
            pointer => File.ReadAllText(pointer).Contains($"\"{good.Version}\"", StringComparison.Ordinal));
        Assert.DoesNotContain(
            Directory.EnumerateDirectories(_modelCache.FullName, "*", SearchOption.AllDirectories),
            folder => Path.GetFileName(folder) == $"v{tampered.Version}");
    }

    private ApiFactory Factory(Uri mlflow) => new(new Dictionary<string, string?>
    {
        ["Mlflow:TrackingUri"] = mlflow.ToString(),
        ["ModelRegistry:PollInterval"] = "00:00:00.200",
        ["ModelCache:Path"] = _modelCache.FullName,
    });

    private static async Task WaitForAsync(HttpClient client, string path, Func<string, bool> ready)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var last = string.Empty;
        while (waited.Elapsed < Patience)
        {
            using var response = await client.GetAsync(path);
            last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
            if (response.IsSuccessStatusCode && ready(last))
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"{path} did not get ready within {Patience}; last answer: {last}");
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!condition())
        {
            await Task.Delay(50, timeout.Token);
        }
    }
}
