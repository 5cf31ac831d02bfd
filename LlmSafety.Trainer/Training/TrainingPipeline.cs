using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using LlmSafety.Judge.Data;
using LlmSafety.Judge.Evaluation;
using LlmSafety.Judge.Training;
using LlmSafety.Mlflow.Registry;
using LlmSafety.Narratives.Simulation;
using LlmSafety.TrainingData.Handwritten;

namespace LlmSafety.Trainer.Training;

/// <summary>
/// simulate (or read) → split by family and template → train → evaluate on the held-out test split beside the
/// keyword baseline → write the model, its policy, the report, the plots and a data manifest into one folder.
/// </summary>
internal static class TrainingPipeline
{
    private const int SampleRecords = 25;

    /// <summary>The MLflow dataset input of handwritten training stories (context "train", beside the simulated split).</summary>
    public const string HandwrittenDatasetName = "llm-safety-handwritten-train";

    /// <summary>The MLflow dataset input of handwritten validation stories (context "validation").</summary>
    public const string HandwrittenValidationDatasetName = "llm-safety-handwritten-validation";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task<TrainingOutput> RunAsync(TrainingSettings settings, Action<string> progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        Directory.CreateDirectory(settings.OutputDirectory);

        progress(settings.DataPath is null ? $"simulating {settings.Count} narratives (seed {settings.Seed})" : "reading labelled data");
        var records = settings.DataPath is null
            ? new NarrativeSimulator().Generate(settings.Count, settings.Seed)
            : await ReadAsync(settings.DataPath, cancellationToken);
        var split = DatasetSplitter.Split(records, settings.Seed);
        IReadOnlyList<LabelledNarrative> handwritten = settings.Handwritten?.Records ?? [];
        var dataSeconds = clock.Elapsed.TotalSeconds;
        cancellationToken.ThrowIfCancellationRequested();

        var hand = handwritten.Count == 0 ? string.Empty : $" and {handwritten.Count} handwritten stories";
        var handValidation = settings.HandwrittenValidation is { } v ? $" and {v.Records.Count} handwritten stories" : string.Empty;
        progress($"training on {split.Train.Count} narratives{hand}, calibrating on {split.Validation.Count}{handValidation}");
        var trained = JudgeTrainer.Train(split.Train, split.Validation, settings.Options, settings.Seed, handwritten, settings.HandwrittenValidation?.Records ?? []);
        var trainSeconds = clock.Elapsed.TotalSeconds - dataSeconds;
        var modelFile = Path.Combine(settings.OutputDirectory, "judge-model.zip");
        trained.Model.Save(modelFile);
        var policyFile = Path.Combine(settings.OutputDirectory, "policy.json");
        await File.WriteAllTextAsync(policyFile, JsonSerializer.Serialize(trained.Model.Policy, Json), cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();

        progress($"evaluating on {split.Test.Count} held-out narratives");
        var datasetName = settings.DataPath is null
            ? $"simulated count={settings.Count} seed={settings.Seed} test split"
            : $"{Path.GetFileName(settings.DataPath)} test split";
        var report = EvaluationReportBuilder.Build(trained.Model, split.Test, datasetName);
        var reportFiles = ReportWriter.Write(report, settings.OutputDirectory);
        var evaluateSeconds = clock.Elapsed.TotalSeconds - dataSeconds - trainSeconds;

        var dataFolder = Path.Combine(settings.OutputDirectory, "data");
        var datasets = await WriteDataArtifactsAsync(settings, split, dataFolder, cancellationToken);

        var metrics = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var (name, value) in report.Metrics)
        {
            metrics[name] = value;
        }

        foreach (var (name, value) in trained.Facts)
        {
            metrics[$"training.{name}"] = value;
        }

        metrics["seconds.data"] = dataSeconds;
        metrics["seconds.train"] = trainSeconds;
        metrics["seconds.evaluate"] = evaluateSeconds;
        metrics["seconds.total"] = clock.Elapsed.TotalSeconds;

        return new TrainingOutput(
            report,
            modelFile,
            policyFile,
            reportFiles.Single(f => Path.GetFileName(f) == "report.json"),
            reportFiles,
            dataFolder,
            Parameters(settings, datasets),
            metrics,
            datasets);
    }

    private static async Task<IReadOnlyList<LabelledNarrative>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var file = await LabelledNarrativeJsonl.ReadFileAsync(path, SpanOffsetUnit.Auto, cancellationToken);
        return file.Records.Count > 0 ? file.Records : throw new InvalidDataException($"{Path.GetFileName(path)} holds no labelled narratives.");
    }

    /// <summary>
    /// Each split is logged as an MLflow dataset input with a content digest, plus a small sample and a manifest as
    /// artifacts, so a run says exactly which data made its model. The data is simulated or written by the team: no real person is in it.
    /// </summary>
    private static async Task<IReadOnlyList<DatasetInputInfo>> WriteDataArtifactsAsync(
        TrainingSettings settings, DatasetSplit split, string folder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var source = settings.DataPath is null ? $"LlmSafety.Narratives simulator (count={settings.Count}, seed={settings.Seed})" : Path.GetFileName(settings.DataPath);
        var sourceType = settings.DataPath is null ? "code" : "local";
        var schema = JsonSerializer.Serialize(new
        {
            mlflow_colspec = new object[]
            {
                new { type = "string", name = "text" },
                new { type = "long", name = "label_identity" },
                new { type = "long", name = "label_health" },
                new { type = "string", name = "spans" },
                new { type = "string", name = "family" },
            },
        });

        var datasets = new List<DatasetInputInfo>();
        var manifest = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (context, records) in new[] { ("train", split.Train), ("validation", split.Validation), ("test", split.Test) })
        {
            var digest = LabelledNarrativeDigest.Of(records);
            var profile = new
            {
                num_rows = records.Count,
                identity_positives = records.Count(r => r.LabelIdentity == 1),
                health_positives = records.Count(r => r.LabelHealth == 1),
                hard_negatives = records.Count(r => r.HardNegative is not null),
                families = records.Select(r => r.Family).Distinct().Count(),
            };
            datasets.Add(new DatasetInputInfo($"llm-safety-narratives-{context}", digest, sourceType, source, context, schema, JsonSerializer.Serialize(profile)));
            manifest[context] = new
            {
                digest,
                profile,
                families = records.Select(r => r.Family).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
            };
        }

        foreach (var (name, context, stories) in new[]
        {
            (HandwrittenDatasetName, "train", settings.Handwritten),
            (HandwrittenValidationDatasetName, "validation", settings.HandwrittenValidation),
        })
        {
            if (stories is null)
            {
                continue;
            }

            var digest = LabelledNarrativeDigest.Of(stories.Records);
            var profile = new
            {
                num_rows = stories.Records.Count,
                identity_positives = stories.Records.Count(r => r.LabelIdentity == 1),
                health_positives = stories.Records.Count(r => r.LabelHealth == 1),
            };
            // The built-in stories are code, as the simulator is; a file or folder is local data.
            var (storiesType, storiesSource) = stories.BuiltIn
                ? ("code", $"LlmSafety.TrainingData {Version} embedded Handwritten/*.jsonl ({HandwrittenCorpus.Files.Count} files)")
                : ("local", stories.Name);
            datasets.Add(new DatasetInputInfo(name, digest, storiesType, storiesSource, context, schema, JsonSerializer.Serialize(profile)));
            manifest[DataKey(name, context)] = new { digest, profile };
        }

        await File.WriteAllTextAsync(Path.Combine(folder, "manifest.json"), JsonSerializer.Serialize(manifest, Json), cancellationToken);
        await LabelledNarrativeJsonl.WriteAsync(Path.Combine(folder, "sample.jsonl"), split.Test.Take(SampleRecords), cancellationToken);
        return datasets;
    }

    /// <summary>How a dataset is keyed in the manifest and the run's params: a simulated split by its context, handwritten stories by their own names.</summary>
    private static string DataKey(string datasetName, string context) => datasetName switch
    {
        HandwrittenDatasetName => "handwritten",
        HandwrittenValidationDatasetName => "handwritten_validation",
        _ => context,
    };

    private static string Version =>
        typeof(TrainingPipeline).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    private static Dictionary<string, string> Parameters(TrainingSettings settings, IReadOnlyList<DatasetInputInfo> datasets)
    {
        var c = CultureInfo.InvariantCulture;
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["seed"] = settings.Seed.ToString(c),
            ["data.source"] = settings.DataPath is null ? "simulated" : "file",
            ["data.count"] = settings.Count.ToString(c),
            ["data.handwritten"] = settings.Handwritten?.Name ?? "none",
            ["data.handwritten_validation"] = settings.HandwrittenValidation?.Name ?? "none",
            ["code.version"] = Version,
            ["mlnet.version"] = typeof(Microsoft.ML.MLContext).Assembly.GetName().Version?.ToString() ?? "unknown",
        };

        foreach (var dataset in datasets)
        {
            parameters[$"data.{DataKey(dataset.Name, dataset.Context)}.digest"] = dataset.Digest;
        }

        foreach (var property in typeof(JudgeTrainingOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var value = property.GetValue(settings.Options);
            parameters[$"judge.{JsonNamingPolicy.SnakeCaseLower.ConvertName(property.Name)}"] =
                Convert.ToString(value, c) ?? string.Empty;
        }

        return parameters;
    }
}
