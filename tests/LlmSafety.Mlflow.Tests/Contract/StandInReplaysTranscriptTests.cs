using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LlmSafety.Mlflow.StandIn;
using LlmSafety.Mlflow.Tests.Support;

namespace LlmSafety.Mlflow.Tests.Contract;

/// <summary>
/// Replays the recorded MLflow 3.11 session against the stand-in with raw HTTP and checks every answer has the
/// recorded status and JSON shape, so tests that trust the stand-in are trusting the real contract.
/// </summary>
public sealed partial class StandInReplaysTranscriptTests : IAsyncLifetime
{
    private const string RecordedRunId = "1dab34ff0c114588ad535e99025fb4f9";
    private const string RecordedModelId = "m-7a098ff83fa143f79080ad54a2c1a96f";

    private MlflowStandIn _standIn = null!;
    private HttpClient _http = null!;
    private string _runId = RecordedRunId;
    private string _modelId = RecordedModelId;

    public async Task InitializeAsync()
    {
        _standIn = await MlflowStandIn.StartAsync();
        _http = _standIn.CreateHttpClient();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _standIn.DisposeAsync();
    }

    [Fact]
    public async Task Tracking_calls_answer_the_recorded_shapes()
    {
        await ExpectShapeAsync(HttpMethod.Post, "api/2.0/mlflow/experiments/create", "post-experiments-create-1");
        await ExpectShapeAsync(HttpMethod.Get, "api/2.0/mlflow/experiments/get-by-name?experiment_name=csharp-check", "get-experiments-get-by-name-1");

        var run = await ExpectShapeAsync(HttpMethod.Post, "api/2.0/mlflow/runs/create", "post-runs-create-1");
        _runId = run["run"]!["info"]!["run_id"]!.GetValue<string>();
        Assert.Equal(_runId, run["run"]!["info"]!["run_uuid"]!.GetValue<string>());
        Assert.Matches("^[0-9a-f]{32}$", _runId);
        Assert.Equal($"mlflow-artifacts:/1/{_runId}/artifacts", run["run"]!["info"]!["artifact_uri"]!.GetValue<string>());

        await ExpectShapeAsync(HttpMethod.Post, "api/2.0/mlflow/runs/log-batch", "post-runs-log-batch-1");
        await ExpectShapeAsync(HttpMethod.Post, "api/2.0/mlflow/runs/update", "post-runs-update-1");
        var fetched = await ExpectShapeAsync(HttpMethod.Get, $"api/2.0/mlflow/runs/get?run_id={_runId}", "get-runs-get-1");
        Assert.Equal(0.25, fetched["run"]!["data"]!["metrics"]!.AsArray().Single(metric => metric!["key"]!.GetValue<string>() == "loss")!["value"]!.GetValue<double>());

        var history = await ExpectShapeAsync(HttpMethod.Get, $"api/2.0/mlflow/metrics/get-history?run_id={_runId}&metric_key=loss", "get-metrics-get-history-1");
        Assert.Equal("eyJvZmZzZXQiOiAwfQ==", history["next_page_token"]!.GetValue<string>());
    }

    [Fact]
    public async Task Artifact_and_logged_model_calls_answer_the_recorded_shapes()
    {
        await Tracking_calls_answer_the_recorded_shapes();
        var artifactRoot = $"api/2.0/mlflow-artifacts/artifacts/1/{_runId}/artifacts";
        await PutAsync($"{artifactRoot}/hello.txt", "hello from dotnet\n");
        await PutAsync($"{artifactRoot}/model/config.json", "{\"a\":1}");

        using (var download = await _http.GetAsync($"{artifactRoot}/hello.txt"))
        {
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal("text/plain", download.Content.Headers.ContentType!.MediaType);
            Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
            Assert.Equal("hello from dotnet\n", await download.Content.ReadAsStringAsync());
        }

        var rootListing = await ExpectShapeAsync(HttpMethod.Get, $"api/2.0/mlflow/artifacts/list?run_id={_runId}", "get-artifacts-list-1");
        Assert.Equal(Paths(RecordedFixtures.Json("get-artifacts-list-1.response.json")), Paths(rootListing));
        var modelListing = await ExpectShapeAsync(HttpMethod.Get, $"api/2.0/mlflow/artifacts/list?run_id={_runId}&path=model", "get-artifacts-list-2");
        Assert.Equal(["model/config.json"], Paths(modelListing));
        var proxyListing = await ExpectShapeAsync(HttpMethod.Get, $"api/2.0/mlflow-artifacts/artifacts?path=1/{_runId}/artifacts", "get-proxy-artifacts-1");
        Assert.Equal(["hello.txt", "model"], Paths(proxyListing));

        var created = await ExpectShapeAsync(HttpMethod.Post, "api/2.0/mlflow/logged-models", "post-logged-models-1");
        _modelId = created["model"]!["info"]!["model_id"]!.GetValue<string>();
        Assert.Matches(ModelIdPattern(), _modelId);
        Assert.Equal("LOGGED_MODEL_PENDING", created["model"]!["info"]!["status"]!.GetValue<string>());
        Assert.Equal($"mlflow-artifacts:/1/models/{_modelId}/artifacts", created["model"]!["info"]!["artifact_uri"]!.GetValue<string>());

        await PutAsync($"api/2.0/mlflow-artifacts/artifacts/1/models/{_modelId}/artifacts/MLmodel", "artifact_path: model\nflavors: {}\nmodel_id: x\nrun_id: y\nutc_time_created: z\n");
        var ready = await ExpectShapeAsync(HttpMethod.Patch, $"api/2.0/mlflow/logged-models/{_modelId}", "patch-logged-models-ID-1");
        Assert.Equal("LOGGED_MODEL_READY", ready["model"]!["info"]!["status"]!.GetValue<string>());
        await ExpectShapeAsync(HttpMethod.Get, $"api/2.0/mlflow/logged-models/{_modelId}", "get-logged-models-ID-1");
        await ExpectShapeAsync(HttpMethod.Get, $"api/2.0/mlflow/logged-models/{_modelId}/artifacts/directories", "get-logged-models-ID-artifacts-directories-1");
        var directories = await ExpectShapeAsync(
            HttpMethod.Get, $"api/2.0/mlflow/logged-models/{_modelId}/artifacts/directories?artifact_directory_path=", "get-logged-models-ID-artifacts-directories-2");
        Assert.Equal(["MLmodel"], Paths(directories));
        await ExpectShapeAsync(HttpMethod.Post, "api/2.0/mlflow/logged-models/search", "post-logged-models-search-1");
        await ExpectShapeAsync(HttpMethod.Post, "api/2.0/mlflow/runs/outputs", "post-runs-outputs-1");
    }

    [Fact]
    public async Task Registry_calls_answer_the_recorded_shapes_and_errors()
    {
        await Artifact_and_logged_model_calls_answer_the_recorded_shapes();
        await ExpectShapeAsync(HttpMethod.Post, "api/2.0/mlflow/registered-models/create", "post-registered-models-create-1");
        for (var call = 1; call <= 4; call++)
        {
            var version = await ExpectShapeAsync(HttpMethod.Post, "api/2.0/mlflow/model-versions/create", $"post-model-versions-create-{call}");
            Assert.Equal(call.ToString(System.Globalization.CultureInfo.InvariantCulture), version["model_version"]!["version"]!.GetValue<string>());
        }

        var refused = await ExpectShapeAsync(HttpMethod.Post, "api/2.0/mlflow/model-versions/create", "post-model-versions-create-5", HttpStatusCode.BadRequest);
        Assert.Equal("INVALID_PARAMETER_VALUE", refused["error_code"]!.GetValue<string>());
        var unknownRun = await ExpectShapeAsync(HttpMethod.Post, "api/2.0/mlflow/model-versions/create", "post-model-versions-create-6");
        Assert.Equal("5", unknownRun["model_version"]!["version"]!.GetValue<string>());

        await ExpectShapeAsync(HttpMethod.Post, "api/2.0/mlflow/registered-models/alias", "post-registered-models-alias-1");
        await ExpectShapeAsync(HttpMethod.Get, "api/2.0/mlflow/registered-models/alias?name=SentimentModel&alias=champion", "get-registered-models-alias-1");
        await ExpectShapeAsync(HttpMethod.Get, "api/2.0/mlflow/model-versions/get?name=SentimentModel&version=1", "get-model-versions-get-1");
        await ExpectShapeAsync(HttpMethod.Get, "api/2.0/mlflow/registered-models/get?name=SentimentModel", "get-registered-models-get-1");
        var logged = await ExpectShapeAsync(HttpMethod.Get, "api/2.0/mlflow/model-versions/get-download-uri?name=SentimentModel&version=1", "get-model-versions-get-download-uri-1");
        Assert.Equal($"mlflow-artifacts:/1/models/{_modelId}/artifacts", logged["artifact_uri"]!.GetValue<string>());
        var fromRun = await ExpectShapeAsync(HttpMethod.Get, "api/2.0/mlflow/model-versions/get-download-uri?name=SentimentModel&version=2", "get-model-versions-get-download-uri-2");
        Assert.Equal($"runs:/{_runId}/model", fromRun["artifact_uri"]!.GetValue<string>());

        await ExpectShapeAsync(HttpMethod.Delete, "api/2.0/mlflow/registered-models/alias", "delete-registered-models-alias-1");
        var missingAlias = await ExpectShapeAsync(
            HttpMethod.Get, "api/2.0/mlflow/registered-models/alias?name=SentimentModel&alias=champion", "get-registered-models-alias-2", HttpStatusCode.BadRequest);
        Assert.Equal(RecordedFixtures.Json("get-registered-models-alias-2.response.json")["message"]!.GetValue<string>(), missingAlias["message"]!.GetValue<string>());
        await ExpectShapeAsync(HttpMethod.Post, "api/2.0/mlflow/registered-models/alias", "post-registered-models-alias-2");

        foreach (var search in new[] { "registered-models/search", "model-versions/search" })
        {
            var request = RecordedFixtures.Text($"post-{search.Replace('/', '-')}-1.request.json");
            using var response = await _http.PostAsync($"api/2.0/mlflow/{search}", new StringContent(request, Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
            Assert.Contains("405 Method Not Allowed", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Missing_experiment_and_model_answer_resource_does_not_exist_404()
    {
        foreach (var path in new[]
        {
            "api/2.0/mlflow/experiments/get-by-name?experiment_name=nope",
            "api/2.0/mlflow/registered-models/get?name=nope",
            "api/2.0/mlflow/runs/get?run_id=00000000000000000000000000000000",
        })
        {
            using var response = await _http.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.Equal("RESOURCE_DOES_NOT_EXIST", body["error_code"]!.GetValue<string>());
        }
    }

    private async Task<JsonNode> ExpectShapeAsync(HttpMethod method, string path, string fixture, HttpStatusCode expectedStatus = HttpStatusCode.OK)
    {
        using var request = new HttpRequestMessage(method, path);
        var requestFile = Path.Combine(AppContext.BaseDirectory, "Fixtures", $"{fixture}.request.json");
        if (File.Exists(requestFile))
        {
            var body = (await File.ReadAllTextAsync(requestFile)).Replace(RecordedRunId, _runId, StringComparison.Ordinal).Replace(RecordedModelId, _modelId, StringComparison.Ordinal);
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expectedStatus == response.StatusCode, $"{method} {path}: {(int)response.StatusCode} {text}");
        var actual = JsonNode.Parse(text)!;
        JsonShape.AssertSameShape(RecordedFixtures.Json($"{fixture}.response.json"), actual);
        return actual;
    }

    private async Task PutAsync(string path, string content)
    {
        using var response = await _http.PutAsync(path, new StringContent(content, Encoding.UTF8, "application/octet-stream"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{}", (await response.Content.ReadAsStringAsync()).Trim());
    }

    private static string[] Paths(JsonNode listing) =>
        listing["files"]!.AsArray().Select(file => file!["path"]!.GetValue<string>()).ToArray();

    [GeneratedRegex("^m-[0-9a-f]{32}$")]
    private static partial Regex ModelIdPattern();
}
