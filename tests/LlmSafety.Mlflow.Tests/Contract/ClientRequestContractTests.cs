using System.Net;
using System.Text.Json;
using LlmSafety.Mlflow.Client;
using LlmSafety.Mlflow.Client.Contracts;
using LlmSafety.Mlflow.StandIn;
using LlmSafety.Mlflow.Tests.Support;

namespace LlmSafety.Mlflow.Tests.Contract;

/// <summary>
/// Drives <see cref="MlflowClient"/> through the recorded session against the stand-in and compares the JSON
/// bodies it sent with the recorded requests field by field, and the query names of its GETs.
/// </summary>
public sealed class ClientRequestContractTests : IAsyncLifetime
{
    private MlflowStandIn _standIn = null!;
    private HttpClient _http = null!;
    private MlflowClient _client = null!;

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
    }

    [Fact]
    public async Task Client_sends_the_recorded_request_bodies()
    {
        var experimentId = await _client.CreateExperimentAsync("csharp-check", [new MlflowTag("owner", "dotnet")]);
        AssertLastBody("experiments/create", "post-experiments-create-1");

        var run = await _client.CreateRunAsync(experimentId, "run-1", [new MlflowTag("mlflow.user", "tester")]);
        AssertLastBody("runs/create", "post-runs-create-1");
        var runId = run.Info.RunId;

        await _client.LogBatchAsync(
            runId,
            [new MlflowMetric("loss", 0.5, 1, 0), new MlflowMetric("loss", 0.25, 1, 1), new MlflowMetric("acc", 0.9, 1, 1)],
            [new MlflowParam("lr", "0.01"), new MlflowParam("epochs", "2")],
            [new MlflowTag("framework", "ml.net")]);
        AssertLastBody("runs/log-batch", "post-runs-log-batch-1");

        await _client.UpdateRunAsync(runId, MlflowRunStatus.Finished);
        AssertLastBody("runs/update", "post-runs-update-1");

        var model = await _client.CreateLoggedModelAsync(
            experimentId, "sentiment-model", "ml.net", runId, [new MlflowParam("trainer", "sdca")], [new MlflowTag("flavor", "onnx")]);
        AssertLastBody("logged-models", "post-logged-models-1");
        Assert.Equal(MlflowLoggedModelStatus.Pending, model.Info.Status);

        var ready = await _client.FinalizeLoggedModelAsync(model.Info.ModelId);
        AssertLastBody($"logged-models/{model.Info.ModelId}", "patch-logged-models-ID-1", "PATCH");
        Assert.Equal(MlflowLoggedModelStatus.Ready, ready.Info.Status);

        await _client.LogModelOutputAsync(runId, model.Info.ModelId, 1);
        AssertLastBody("runs/outputs", "post-runs-outputs-1");

        await _client.CreateRegisteredModelAsync("SentimentModel", "C# check", [new MlflowTag("team", "dotnet")]);
        AssertLastBody("registered-models/create", "post-registered-models-create-1");

        var version = await _client.CreateModelVersionAsync(
            "SentimentModel", ModelsUri.For(model.Info.ModelId), model.Info.ModelId, runId, "v1 from logged model");
        AssertLastBody("model-versions/create", "post-model-versions-create-1");
        Assert.Equal("1", version.Version);

        await _client.CreateModelVersionAsync("SentimentModel", RunsUri.For(runId, "model"), runId: runId);
        AssertLastBody("model-versions/create", "post-model-versions-create-2");

        await _client.SetRegisteredModelAliasAsync("SentimentModel", "champion", "1");
        AssertLastBody("registered-models/alias", "post-registered-models-alias-1");

        await _client.DeleteRegisteredModelAliasAsync("SentimentModel", "champion");
        AssertLastBody("registered-models/alias", "delete-registered-models-alias-1", "DELETE");
    }

    [Fact]
    public async Task Client_reads_every_recorded_answer()
    {
        var experimentId = await _client.GetOrCreateExperimentAsync("csharp-check");
        var experiment = await _client.GetExperimentByNameAsync("csharp-check");
        Assert.Equal(experimentId, experiment!.ExperimentId);
        Assert.Equal($"mlflow-artifacts:/{experimentId}", experiment.ArtifactLocation);
        Assert.Contains(_standIn.State.Requests, request => request.Path == "/api/2.0/mlflow/experiments/get-by-name?experiment_name=csharp-check");

        var run = await _client.CreateRunAsync(experimentId, "run-1");
        await _client.LogBatchAsync(run.Info.RunId, [new MlflowMetric("loss", 0.5, 1, 0), new MlflowMetric("loss", 0.25, 2, 1)]);
        var fetched = await _client.GetRunAsync(run.Info.RunId);
        Assert.Equal(0.25, Assert.Single(fetched.Data!.Metrics!).Value);
        Assert.Contains(fetched.Data.Tags!, tag => tag.Key == "mlflow.runName" && tag.Value == "run-1");

        await _client.CreateRegisteredModelAsync("SentimentModel");
        var model = await _client.CreateLoggedModelAsync(experimentId, "m", sourceRunId: run.Info.RunId);
        await _client.CreateModelVersionAsync("SentimentModel", ModelsUri.For(model.Info.ModelId), model.Info.ModelId, run.Info.RunId);
        await _client.SetRegisteredModelAliasAsync("SentimentModel", "champion", "1");
        await _client.SetModelVersionTagAsync("SentimentModel", "1", "promotion", "promoted");

        var byAlias = await _client.GetModelVersionByAliasAsync("SentimentModel", "champion");
        Assert.Equal(["champion"], byAlias!.Aliases);
        Assert.Contains(_standIn.State.Requests, request => request.Path == "/api/2.0/mlflow/registered-models/alias?name=SentimentModel&alias=champion");

        var searched = Assert.Single(await _client.SearchModelVersionsAsync("name='SentimentModel'"));
        Assert.Equal("promoted", Assert.Single(searched.Tags!).Value);
        Assert.Contains(_standIn.State.Requests, request => request.Method == "GET" && request.Path.StartsWith("/api/2.0/mlflow/model-versions/search?filter=", StringComparison.Ordinal));

        var registered = await _client.GetRegisteredModelAsync("SentimentModel");
        Assert.Equal("1", Assert.Single(registered!.Aliases!).Version);
        Assert.Single(await _client.SearchRegisteredModelsAsync());

        Assert.Equal(model.Info.ArtifactUri, await _client.GetModelVersionDownloadUriAsync("SentimentModel", "1"));

        await _client.DeleteModelVersionTagAsync("SentimentModel", "1", "promotion");
        Assert.Null((await _client.GetModelVersionAsync("SentimentModel", "1")).Tags);
        await _client.DeleteRegisteredModelAliasAsync("SentimentModel", "champion");
        Assert.Null(await _client.GetModelVersionByAliasAsync("SentimentModel", "champion"));
    }

    [Theory]
    [InlineData("get-runs-get-1.response.json")]
    [InlineData("post-runs-create-1.response.json")]
    public void Recorded_run_answers_deserialize_into_the_client_types(string fixture)
    {
        var run = JsonSerializer.Deserialize<RunResponse>(RecordedFixtures.Text(fixture), MlflowJson.Options)!.Run;
        Assert.Equal("1dab34ff0c114588ad535e99025fb4f9", run.Info.RunId);
        Assert.Equal(run.Info.RunId, run.Info.RunUuid);
        Assert.Equal("mlflow-artifacts:/1/1dab34ff0c114588ad535e99025fb4f9/artifacts", run.Info.ArtifactUri);
        Assert.Contains(run.Data!.Tags!, tag => tag.Key == "mlflow.runName");
    }

    [Fact]
    public void Recorded_registry_and_model_answers_deserialize_into_the_client_types()
    {
        var model = JsonSerializer.Deserialize<LoggedModelResponse>(RecordedFixtures.Text("patch-logged-models-ID-1.response.json"), MlflowJson.Options)!.Model;
        Assert.Equal(MlflowLoggedModelStatus.Ready, model.Info.Status);
        Assert.Equal("sdca", Assert.Single(model.Data!.Params!).Value);

        var version = JsonSerializer.Deserialize<ModelVersionResponse>(RecordedFixtures.Text("get-registered-models-alias-1.response.json"), MlflowJson.Options)!.ModelVersion;
        Assert.Equal("1", version.Version);
        Assert.Equal(["champion"], version.Aliases);
        Assert.Equal("models:/m-7a098ff83fa143f79080ad54a2c1a96f", version.Source);

        var registered = JsonSerializer.Deserialize<RegisteredModelResponse>(RecordedFixtures.Text("get-registered-models-get-1.response.json"), MlflowJson.Options)!.RegisteredModel;
        Assert.Equal(new MlflowRegisteredModelAlias("champion", "1"), Assert.Single(registered.Aliases!));
        Assert.Equal("5", Assert.Single(registered.LatestVersions!).Version);

        var listing = JsonSerializer.Deserialize<MlflowArtifactListing>(RecordedFixtures.Text("get-artifacts-list-1.response.json"), MlflowJson.Options)!;
        Assert.Equal(18, listing.Files![0].FileSize);
        Assert.True(listing.Files[1].IsDir);
        Assert.Null(listing.Files[1].FileSize);

        var history = JsonSerializer.Deserialize<MetricHistoryResponse>(RecordedFixtures.Text("get-metrics-get-history-1.response.json"), MlflowJson.Options)!;
        Assert.Null(history.Metrics);
        Assert.Equal("eyJvZmZzZXQiOiAwfQ==", history.NextPageToken);

        var experiment = JsonSerializer.Deserialize<GetExperimentResponse>(RecordedFixtures.Text("get-experiments-get-by-name-1.response.json"), MlflowJson.Options)!.Experiment;
        Assert.Equal("owner", Assert.Single(experiment.Tags!).Key);
    }

    [Fact]
    public async Task Bare_local_source_surfaces_mlflow_error_code_and_message()
    {
        await _client.CreateRegisteredModelAsync("SentimentModel");
        var error = await Assert.ThrowsAsync<MlflowException>(() => _client.CreateModelVersionAsync("SentimentModel", "/data/somewhere/model"));
        Assert.Equal(MlflowException.InvalidParameterValue, error.ErrorCode);
        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.StartsWith("Invalid model version source", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Creating_an_existing_registered_model_is_resource_already_exists_and_ensure_tolerates_it()
    {
        await _client.CreateRegisteredModelAsync("SentimentModel");
        var error = await Assert.ThrowsAsync<MlflowException>(() => _client.CreateRegisteredModelAsync("SentimentModel"));
        Assert.True(error.IsAlreadyExists);
        await _client.EnsureRegisteredModelAsync("SentimentModel");
        Assert.Null(await _client.GetRegisteredModelAsync("missing"));
        Assert.Null(await _client.GetExperimentByNameAsync("missing"));
    }

    private void AssertLastBody(string pathSuffix, string fixture, string method = "POST")
    {
        var sent = _standIn.State.Requests.Last(request => request.Method == method && request.Path == $"/api/2.0/mlflow/{pathSuffix}");
        Assert.Equal(200, sent.StatusCode);
        JsonShape.AssertSameShape(RecordedFixtures.Json($"{fixture}.request.json"), sent.Body);
    }
}
