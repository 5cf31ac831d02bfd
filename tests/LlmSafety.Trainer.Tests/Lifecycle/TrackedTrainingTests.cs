using System.Text.Json.Nodes;
using LlmSafety.Mlflow.StandIn;
using LlmSafety.Trainer.Tests.Commands;

namespace LlmSafety.Trainer.Tests.Lifecycle;

/// <summary>
/// The trainer as a real process against an MLflow that follows the recorded contract, and against the local model
/// store: a first run becomes champion, a deliberately worse one is registered without moving the alias.
/// </summary>
public sealed class TrackedTrainingTests : IDisposable
{
    // A small dataset keeps each run to seconds; its judge is below the production floors, so the floors are lowered
    // here and only the comparison with the champion decides.
    private static readonly string[] SmallRun = ["train", "--count", "600", "--seed", "5"];
    private static readonly string[] WorseRun = [.. SmallRun, "--tagger-iterations", "1", "--document-iterations", "1"];

    private readonly DirectoryInfo _scratch = Directory.CreateTempSubdirectory("trainer-lifecycle-");

    [Fact]
    public async Task Trainer_logs_registers_and_promotes_in_mlflow_and_a_worse_run_stays_challenger()
    {
        await using var mlflow = await MlflowStandIn.StartAsync();
        var environment = Environment(("Mlflow__TrackingUri", mlflow.BaseAddress.ToString()));

        var (exitCode, output, error) = await TrainerProcess.RunAsync(environment, [.. SmallRun, "--out", Out("first")]);
        Assert.True(exitCode == 0, output + error);

        StandInRun run;
        lock (mlflow.State.Gate)
        {
            run = Assert.Single(mlflow.State.Runs.Values);
        }

        Assert.Equal("FINISHED", run.Status);
        var parameters = run.Params.ToDictionary(p => p.Key, p => p.Value);
        Assert.Equal("5", parameters["seed"]);
        Assert.Equal("600", parameters["data.count"]);
        Assert.Matches("^[0-9a-f]{16}$", parameters["data.train.digest"]);
        Assert.True(parameters.ContainsKey("judge.tagger_iterations"));
        Assert.True(parameters.ContainsKey("code.version"));
        var metrics = run.LatestMetrics().Select(m => m.Key).ToHashSet();
        Assert.Contains("identity.recall", metrics);
        Assert.Contains("health.f2", metrics);
        Assert.Contains("baseline.identity.f2", metrics);
        // By default the built-in handwritten stories join the simulated training split, logged as a second train input.
        Assert.Equal("built-in", parameters["data.handwritten"]);
        Assert.Equal("Documents, HealthSentenceClassifier", parameters["judge.handwritten_parts"]);
        Assert.Equal(["test", "train", "train", "validation"], run.DatasetInputs.Select(Context).Order());
        var builtIn = Assert.Single(run.DatasetInputs, input => input["dataset"]?["name"]?.GetValue<string>() == "llm-safety-handwritten-train");
        Assert.Equal(parameters["data.handwritten.digest"], builtIn["dataset"]?["digest"]?.GetValue<string>());
        Assert.StartsWith("LlmSafety.TrainingData ", builtIn["dataset"]?["source"]?.GetValue<string>(), StringComparison.Ordinal);
        Assert.EndsWith("embedded Handwritten/*.jsonl (137 files)", builtIn["dataset"]?["source"]?.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("code", builtIn["dataset"]?["source_type"]?.GetValue<string>());

        var artifacts = mlflow.State.Artifacts.Keys.ToList();
        Assert.Contains(artifacts, path => path.EndsWith($"{run.RunId}/artifacts/evaluation/report.json", StringComparison.Ordinal));
        Assert.Contains(artifacts, path => path.EndsWith($"{run.RunId}/artifacts/evaluation/pr-curve-identity.png", StringComparison.Ordinal));
        Assert.Contains(artifacts, path => path.EndsWith($"{run.RunId}/artifacts/data/manifest.json", StringComparison.Ordinal));
        Assert.Contains(artifacts, path => path.Contains("/models/m-", StringComparison.Ordinal) && path.EndsWith("/MLmodel", StringComparison.Ordinal));
        Assert.Contains(artifacts, path => path.Contains("/models/m-", StringComparison.Ordinal) && path.EndsWith("/judge-model.zip", StringComparison.Ordinal));

        StandInRegisteredModel model;
        lock (mlflow.State.Gate)
        {
            model = mlflow.State.RegisteredModels["llm-safety-judge"];
            Assert.Equal("1", model.Aliases["champion"]);
            Assert.Equal("promoted", Assert.Single(model.Versions).Tags["promotion"]);
        }

        (exitCode, output, error) = await TrainerProcess.RunAsync(environment, [.. WorseRun, "--out", Out("worse")]);
        Assert.True(exitCode == 0, output + error);

        lock (mlflow.State.Gate)
        {
            Assert.Equal(2, mlflow.State.Runs.Count);
            Assert.All(mlflow.State.Runs.Values, r => Assert.Equal("FINISHED", r.Status));
            Assert.Equal("1", model.Aliases["champion"]);
            var challenger = model.Versions.Single(v => v.Version == "2");
            Assert.Equal("rejected", challenger.Tags["promotion"]);
            Assert.Contains("< champion", challenger.Tags["challenger"], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Handwritten_training_and_validation_stories_are_logged_as_dataset_inputs_with_their_digests_and_sources()
    {
        await using var mlflow = await MlflowStandIn.StartAsync();
        var environment = Environment(("Mlflow__TrackingUri", mlflow.BaseAddress.ToString()));
        var stories = Path.Combine(_scratch.FullName, "family-stories.jsonl");
        await File.WriteAllLinesAsync(stories,
        [
            """{"text":"My name is Ana Souza and I live at 12 Rua Verde.","label_identity":1,"label_health":0,"spans":[{"start":11,"end":20,"type":"PERSON_NAME"},{"start":35,"end":47,"type":"ADDRESS"}]}""",
            """{"text":"We wait for the bus at nine.","label_identity":0,"label_health":0,"spans":[]}""",
        ]);

        var heldBack = Path.Combine(_scratch.FullName, "held-back");
        Directory.CreateDirectory(heldBack);
        await File.WriteAllLinesAsync(Path.Combine(heldBack, "set-9.jsonl"),
        [
            """{"text":"Tomás Reyes takes his pink syrup every morning.","label_identity":1,"label_health":1,"spans":[{"start":0,"end":11,"type":"PERSON_NAME"},{"start":22,"end":32,"type":"MEDICATION"}]}""",
        ]);

        var (exitCode, output, error) = await TrainerProcess.RunAsync(
            environment, [.. SmallRun, "--out", Out("handwritten"), "--handwritten", stories, "--handwritten-validation", heldBack + Path.DirectorySeparatorChar]);
        Assert.True(exitCode == 0, output + error);

        StandInRun run;
        string description;
        lock (mlflow.State.Gate)
        {
            run = Assert.Single(mlflow.State.Runs.Values);
            description = Assert.Single(mlflow.State.RegisteredModels["llm-safety-judge"].Versions).Description;
        }

        var parameters = run.Params.ToDictionary(p => p.Key, p => p.Value);
        Assert.Equal("family-stories.jsonl", parameters["data.handwritten"]);
        Assert.Matches("^[0-9a-f]{16}$", parameters["data.handwritten.digest"]);
        Assert.NotEqual(parameters["data.train.digest"], parameters["data.handwritten.digest"]);
        Assert.Equal("held-back", parameters["data.handwritten_validation"]);
        Assert.Matches("^[0-9a-f]{16}$", parameters["data.handwritten_validation.digest"]);
        Assert.Equal("2 stories from family-stories.jsonl, 1 for validation from held-back", run.Tags.Single(t => t.Key == "llmsafety.data.handwritten").Value);
        Assert.Contains("and 2 handwritten stories from family-stories.jsonl", description, StringComparison.Ordinal);
        Assert.Equal(["test", "train", "train", "validation", "validation"], run.DatasetInputs.Select(Context).Order());
        var handwritten = Assert.Single(run.DatasetInputs, input => input["dataset"]?["name"]?.GetValue<string>() == "llm-safety-handwritten-train");
        Assert.Equal(parameters["data.handwritten.digest"], handwritten["dataset"]?["digest"]?.GetValue<string>());
        Assert.Equal("family-stories.jsonl", handwritten["dataset"]?["source"]?.GetValue<string>());
        Assert.DoesNotContain("Ana Souza", handwritten.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trainer_runs_the_same_lifecycle_in_the_local_model_store()
    {
        var store = Path.Combine(_scratch.FullName, "store");
        var environment = Environment(("ModelStore__Path", store));

        var (exitCode, output, error) = await TrainerProcess.RunAsync(environment, [.. SmallRun, "--out", Out("first")]);
        Assert.True(exitCode == 0, output + error);
        Assert.Contains("version 1: promoted", output, StringComparison.Ordinal);

        (exitCode, output, error) = await TrainerProcess.RunAsync(environment, [.. WorseRun, "--out", Out("worse")]);
        Assert.True(exitCode == 0, output + error);
        Assert.Contains("version 2: rejected", output, StringComparison.Ordinal);

        var files = Directory.GetFiles(store, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(store, f)).ToList();
        Assert.Contains(files, f => f.EndsWith("MLmodel", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith("judge-model.zip", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith("report.json", StringComparison.Ordinal));
    }

    public void Dispose() => _scratch.Delete(recursive: true);

    private string Out(string name) => Path.Combine(_scratch.FullName, name);

    private static Dictionary<string, string> Environment(params (string Name, string Value)[] settings)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ChampionPolicy__Floors__identity.recall"] = "0.5",
        };
        foreach (var (name, value) in settings)
        {
            environment[name] = value;
        }

        return environment;
    }

    /// <summary>The mlflow.data.context tag of one logged dataset input (train, validation or test).</summary>
    private static string? Context(JsonObject input) =>
        input["tags"]?.AsArray().FirstOrDefault(tag => tag?["key"]?.GetValue<string>() == "mlflow.data.context")?["value"]?.GetValue<string>();
}
