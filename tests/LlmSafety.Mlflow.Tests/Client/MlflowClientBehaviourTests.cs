using System.Net;
using LlmSafety.Mlflow.Client;
using LlmSafety.Mlflow.Client.Contracts;
using LlmSafety.Mlflow.StandIn;
using LlmSafety.Mlflow.Tests.Support;

namespace LlmSafety.Mlflow.Tests.Client;

public sealed class MlflowClientBehaviourTests : IAsyncLifetime
{
    private MlflowStandIn _standIn = null!;
    private HttpClient _http = null!;
    private MlflowClient _client = null!;
    private readonly TempFolder _folder = new();

    public async Task InitializeAsync()
    {
        _standIn = await MlflowStandIn.StartAsync();
        _http = _standIn.CreateHttpClient();
        _client = new MlflowClient(_http);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _standIn.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task Log_batch_is_split_to_fit_mlflow_limits_and_everything_arrives()
    {
        var run = await NewRunAsync();
        var metrics = Enumerable.Range(0, 2500).Select(index => new MlflowMetric($"m{index % 7}", index, 1, index)).ToList();
        var parameters = Enumerable.Range(0, 250).Select(index => new MlflowParam($"p{index}", new string('x', index == 0 ? 6000 : 3))).ToList();
        var tags = Enumerable.Range(0, 130).Select(index => new MlflowTag($"t{index}", "v")).ToList();

        await _client.LogBatchAsync(run.Info.RunId, metrics, parameters, tags);

        var batches = _standIn.State.RequestsTo("POST", "/api/2.0/mlflow/runs/log-batch");
        Assert.All(batches, batch => Assert.Equal(200, batch.StatusCode));
        Assert.Equal(3, batches.Count);
        var stored = _standIn.State.Run(run.Info.RunId);
        Assert.Equal(2500, stored.Metrics.Count);
        Assert.Equal(250, stored.Params.Count);
        Assert.Equal(131, stored.Tags.Count);
    }

    [Fact]
    public async Task A_param_longer_than_6000_characters_is_refused_before_sending_without_echoing_it()
    {
        var run = await NewRunAsync();
        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => _client.LogBatchAsync(run.Info.RunId, parameters: [new MlflowParam("prompt", "secret " + new string('y', 6000))]));
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
        Assert.Empty(_standIn.State.RequestsTo("POST", "/api/2.0/mlflow/runs/log-batch"));
    }

    [Fact]
    public async Task Metric_history_always_sends_max_results_and_returns_every_point()
    {
        var run = await NewRunAsync();
        await _client.LogBatchAsync(run.Info.RunId, Enumerable.Range(0, 1500).Select(step => new MlflowMetric("loss", 1.0 / (step + 1), 1, step)).ToList());

        var history = await _client.GetMetricHistoryAsync(run.Info.RunId, "loss");

        Assert.Equal(1500, history.Count);
        Assert.Equal(Enumerable.Range(0, 1500).Select(step => (long)step), history.Select(point => point.Step));
        var request = Assert.Single(_standIn.State.RequestsTo("GET", "/api/2.0/mlflow/metrics/get-history"));
        Assert.Contains("max_results=25000", request.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Non_finite_metric_values_round_trip_as_mlflow_writes_them()
    {
        var run = await NewRunAsync();
        await _client.LogBatchAsync(run.Info.RunId, [new MlflowMetric("calibration.ece", double.NaN, 1, 0)]);
        Assert.True(double.IsNaN(Assert.Single(await _client.GetMetricHistoryAsync(run.Info.RunId, "calibration.ece")).Value));
    }

    [Fact]
    public async Task Metric_history_of_an_unknown_key_is_empty_after_one_call()
    {
        var run = await NewRunAsync();
        Assert.Empty(await _client.GetMetricHistoryAsync(run.Info.RunId, "never-logged"));
        Assert.Single(_standIn.State.RequestsTo("GET", "/api/2.0/mlflow/metrics/get-history"));
    }

    [Fact]
    public async Task Folder_uploaded_to_a_run_downloads_identically_through_runs_and_proxy_uris()
    {
        var run = await NewRunAsync();
        var source = _folder.Combine("source");
        _folder.WriteFile("source/MLmodel", "artifact_path: model\n");
        _folder.WriteFile("source/nested/deeper/weights.bin", "0123456789");
        _folder.WriteFile("source/report with space.json", "{}");

        await _client.UploadFolderAsync(run.Info.ArtifactUri, source, "model");

        var viaRun = _folder.Combine("via-run");
        Assert.Equal(3, await _client.DownloadArtifactsAsync(RunsUri.For(run.Info.RunId, "model"), viaRun));
        var viaProxy = _folder.Combine("via-proxy");
        Assert.Equal(3, await _client.DownloadArtifactsAsync($"{run.Info.ArtifactUri}/model", viaProxy));
        foreach (var target in new[] { viaRun, viaProxy })
        {
            Assert.Equal("0123456789", await File.ReadAllTextAsync(Path.Combine(target, "nested", "deeper", "weights.bin")));
            Assert.Equal("{}", await File.ReadAllTextAsync(Path.Combine(target, "report with space.json")));
        }

        Assert.True(_standIn.State.Artifacts.ContainsKey($"{MlflowArtifactPath.ToProxyPath(run.Info.ArtifactUri)}/model/nested/deeper/weights.bin"));
    }

    [Fact]
    public async Task Logged_model_files_download_through_models_uri()
    {
        var run = await NewRunAsync();
        var model = await _client.CreateLoggedModelAsync(run.Info.ExperimentId, "judge", "mlnet", run.Info.RunId);
        _folder.WriteFile("model/MLmodel", "model_id: x\n");
        _folder.WriteFile("model/sub/judge-model.zip", "zip");
        await _client.UploadFolderAsync(model.Info.ArtifactUri, _folder.Combine("model"));
        await _client.FinalizeLoggedModelAsync(model.Info.ModelId);

        var target = _folder.Combine("downloaded");
        Assert.Equal(2, await _client.DownloadArtifactsAsync(ModelsUri.For(model.Info.ModelId), target));
        Assert.Equal("zip", await File.ReadAllTextAsync(Path.Combine(target, "sub", "judge-model.zip")));
        Assert.NotEmpty(_standIn.State.RequestsTo("GET", $"/api/2.0/mlflow/logged-models/{model.Info.ModelId}/artifacts/directories"));
    }

    [Fact]
    public async Task Run_lifecycle_search_and_inputs_round_trip()
    {
        var run = await NewRunAsync();
        await _client.LogInputsAsync(run.Info.RunId,
        [
            new MlflowDatasetInput([new MlflowTag("mlflow.data.context", "train")], new MlflowDataset("narratives", "abc123", "local", "simulated://seed/42", "{\"mlflow_colspec\":[]}", "{\"num_rows\":10}")),
        ]);
        await _client.LogBatchAsync(run.Info.RunId, tags: [new MlflowTag("purpose", "search-me")]);
        var ended = await _client.UpdateRunAsync(run.Info.RunId, MlflowRunStatus.Failed);
        Assert.Equal(MlflowRunStatus.Failed, ended.Status);
        Assert.NotNull(ended.EndTime);

        var found = Assert.Single(await _client.SearchRunsAsync([run.Info.ExperimentId], "tags.purpose = 'search-me'"));
        Assert.Equal(run.Info.RunId, found.Info.RunId);
        var input = Assert.Single(found.Inputs!.DatasetInputs!);
        Assert.Equal("abc123", input.Dataset.Digest);
        Assert.Equal("train", Assert.Single(input.Tags!).Value);
    }

    [Fact]
    public async Task Foreign_host_header_is_reported_as_a_typed_403_with_a_hint()
    {
        await using var strict = await MlflowStandIn.StartAsync(new MlflowStandInOptions { RejectForeignHosts = true });
        using var http = strict.CreateHttpClient();
        http.DefaultRequestHeaders.Host = "mlflow.example.com";
        var client = new MlflowClient(http);

        var error = await Assert.ThrowsAsync<MlflowException>(() => client.GetExperimentByNameAsync("x"));
        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Equal("HTTP_403", error.ErrorCode);
        Assert.Contains("--allowed-hosts", error.Message, StringComparison.Ordinal);

        using var health = await http.GetAsync("health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task Html_405_for_post_search_becomes_a_typed_exception()
    {
        var error = await Assert.ThrowsAsync<MlflowException>(
            () => _client.SendJsonAsync(HttpMethod.Post, "api/2.0/mlflow/registered-models/search", new { max_results = 10 }, default));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, error.StatusCode);
        Assert.Equal("HTTP_405", error.ErrorCode);
        Assert.Contains("registered-models/search", error.Message, StringComparison.Ordinal);
    }

    private async Task<MlflowRun> NewRunAsync()
    {
        var experimentId = await _client.GetOrCreateExperimentAsync("behaviour");
        return await _client.CreateRunAsync(experimentId, "run");
    }
}
