using System.Globalization;
using LlmSafety.Judge.Data;
using LlmSafety.Judge.Training;
using LlmSafety.Mlflow.Client;
using LlmSafety.Mlflow.Configuration;
using LlmSafety.Mlflow.Lifecycle;
using LlmSafety.Mlflow.Registry;
using LlmSafety.Trainer.Hosting;
using LlmSafety.Trainer.Training;
using LlmSafety.TrainingData.Handwritten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace LlmSafety.Trainer.Commands;

/// <summary>
/// train: simulate (or read) data → split by family and template → train → evaluate → log the run, its params,
/// metrics, plots, data and model → register a version of llm-safety-judge → move the champion alias only if it
/// wins. The registry is MLflow when a tracking URI is configured, else the local model store; <c>--registry none</c>
/// only writes the model and report into <c>--out</c>.
/// </summary>
internal static class TrainCommand
{
    public const string Usage =
        "train [--out <dir>] [--count N] [--seed S] [--data file.jsonl] [--registry auto|none] " +
        "[--handwritten file.jsonl|folder|none [--handwritten-validation file.jsonl|folder]] [--handwritten-parts documents,identity-tagger,name-classifier,health-word-classifier,health-sentence-classifier|all|none] [--tagger-iterations N] [--document-iterations N] [--negative-sample-rate R]";

    public static async Task<int> RunAsync(CommandArguments args, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton<IHostLifetime, CommandLifetime>();
        // Per-request HTTP and retry chatter drowns the progress lines; warnings and errors still show.
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        builder.Logging.AddFilter("Polly", LogLevel.Warning);
        builder.AddServiceDefaults();
        builder.Services.AddModelRegistry(builder.Configuration);
        using var host = builder.Build();
        await host.StartAsync(cancellationToken);
        try
        {
            var settings = await SettingsAsync(args, builder.Configuration, cancellationToken);
            var registry = args.String("registry") ?? "auto";
            if (registry is not ("auto" or "none"))
            {
                throw new CommandException($"option --registry must be auto or none, got '{registry}'");
            }

            if (registry == "none" || !RegistryConfigured(builder.Configuration))
            {
                var output = await AnsiConsole.Status().StartAsync("training", context =>
                    TrainingPipeline.RunAsync(settings, Progress(context), cancellationToken));
                EvaluateCommand.PrintHeadline(output.Report);
                AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"model and report written to [bold]{settings.OutputDirectory}[/] (not registered: no MLflow tracking URI or ModelStore:Path)");
                return 0;
            }

            var info = host.Services.GetRequiredService<RegistryInfo>();
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"registry: [bold]{info.Source}[/] {info.Location} (experiment {info.ExperimentName})");
            if (info.Source == RegistrySource.Mlflow)
            {
                // A trainer killed outright (SIGKILL, OOM) cannot close its run; the next one ends it FAILED.
                var ended = await StaleRunCleanup.EndStaleRunsAsync(host.Services.GetRequiredService<MlflowClient>(), info.ExperimentName, cancellationToken);
                if (ended.Count > 0)
                {
                    AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"ended {ended.Count} run(s) left RUNNING by a trainer that died: {string.Join(", ", ended)}");
                }
            }

            var lifecycle = host.Services.GetRequiredService<ModelLifecycle>();
            var (result, report) = await AnsiConsole.Status().StartAsync("training", context =>
                TrackedTraining.RunAsync(lifecycle, settings, Progress(context), cancellationToken));
            EvaluateCommand.PrintHeadline(report);
            AnsiConsole.MarkupLineInterpolated(
                CultureInfo.InvariantCulture,
                $"run [bold]{result.RunId}[/] FINISHED; registered [bold]{info.ModelName}[/] version [bold]{result.Version}[/]: {result.Decision.Outcome} ({result.Decision.Reason})");
            return 0;
        }
        finally
        {
            // Flushes the OpenTelemetry exporters, so the run's spans reach the dashboard before the process exits.
            await host.StopAsync(CancellationToken.None);
        }
    }

    private static async Task<TrainingSettings> SettingsAsync(CommandArguments args, ConfigurationManager configuration, CancellationToken cancellationToken)
    {
        var defaults = new JudgeTrainingOptions();
        var configuredCount = configuration["Training:Count"] is { Length: > 0 } raw
            && int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) ? count : LabelledData.DefaultCount;
        var options = defaults with
        {
            TaggerIterations = args.Int("tagger-iterations", defaults.TaggerIterations, minimum: 1),
            DocumentIterations = args.Int("document-iterations", defaults.DocumentIterations, minimum: 1),
            NegativeTokenSampleRate = args.Double("negative-sample-rate", defaults.NegativeTokenSampleRate, minimum: 0.001, maximum: 1),
            HandwrittenParts = Parts(args.String("handwritten-parts"), defaults.HandwrittenParts),
        };
        var output = args.String("out") ?? Path.Combine(Path.GetTempPath(), "llm-safety-trainer", DateTimeOffset.UtcNow.ToString("yyyyMMdd-HHmmss-fff", CultureInfo.InvariantCulture));
        var dataPath = args.String("data");
        if (dataPath is not null && !File.Exists(dataPath))
        {
            throw new CommandException($"data file not found: {dataPath}");
        }

        var handwrittenPath = args.String("handwritten");
        var partsGiven = args.String("handwritten-parts") is not null;
        if (IsNone(handwrittenPath) && partsGiven)
        {
            throw new CommandException("option --handwritten-parts needs handwritten stories; --handwritten none trains on the simulated split alone");
        }

        if (options.HandwrittenParts == HandwrittenParts.None && (handwrittenPath is not null && !IsNone(handwrittenPath) || args.String("handwritten-validation") is not null))
        {
            throw new CommandException("option --handwritten-parts none: no part would learn from the handwritten stories given; leave them out or name a part");
        }

        var handwritten = options.HandwrittenParts == HandwrittenParts.None ? null : await HandwrittenAsync("handwritten", handwrittenPath, cancellationToken);
        var handwrittenValidation = await HandwrittenAsync("handwritten-validation", args.String("handwritten-validation"), cancellationToken);
        if (handwrittenValidation is not null && handwritten is null)
        {
            throw new CommandException("option --handwritten-validation needs handwritten training stories: it calibrates a model that has read them (drop --handwritten none)");
        }

        return new TrainingSettings(
            output, args.Int("count", configuredCount, minimum: 50), args.Int("seed", LabelledData.DefaultSeed), dataPath, options, handwritten, handwrittenValidation);
    }

    /// <summary>
    /// --handwritten and --handwritten-validation: one labelled JSONL file, or a folder whose *.jsonl files are read in name order. Read and checked
    /// here, before any data is simulated or any run is opened, so a bad file costs nothing and leaves no FAILED run. Without
    /// --handwritten, training takes the built-in stories (<see cref="HandwrittenCorpus"/>); "none" trains on the simulated split alone.
    /// </summary>
    private static async Task<HandwrittenData?> HandwrittenAsync(string option, string? path, CancellationToken cancellationToken)
    {
        if (path is null)
        {
            return option == "handwritten" ? new HandwrittenData(HandwrittenCorpus.Name, HandwrittenCorpus.All, BuiltIn: true) : null;
        }

        if (IsNone(path))
        {
            return null;
        }

        string[] files = Directory.Exists(path) ? [.. Directory.GetFiles(path, "*.jsonl").Order(StringComparer.Ordinal)]
            : File.Exists(path) ? [path]
            : throw new CommandException($"option --{option} needs a labelled JSONL file or a folder of them; not found: {path}");
        if (files.Length == 0)
        {
            throw new CommandException($"option --{option}: no *.jsonl file in {path}");
        }

        var records = new List<LabelledNarrative>();
        foreach (var file in files)
        {
            var read = await LabelledData.ReadAsync(file, SpanOffsetUnit.Auto, cancellationToken);
            records.AddRange(read.RequireKnownSpanTypes(Path.GetFileName(file)).Records);
        }

        var trimmed = Path.TrimEndingDirectorySeparator(path);
        var name = Path.GetFileName(trimmed);
        return new HandwrittenData(name.Length > 0 ? name : Path.GetFullPath(path), records);
    }

    private static readonly Dictionary<string, HandwrittenParts> PartNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["documents"] = HandwrittenParts.Documents,
        ["identity-tagger"] = HandwrittenParts.IdentityTagger,
        ["name-classifier"] = HandwrittenParts.NameClassifier,
        ["health-word-classifier"] = HandwrittenParts.HealthWordClassifier,
        ["health-sentence-classifier"] = HandwrittenParts.HealthSentenceClassifier,
        ["all"] = HandwrittenParts.All,
        ["none"] = HandwrittenParts.None,
    };

    /// <summary>"none" (any case) turns the handwritten stories off; a file or folder of that name is reached as ./none.</summary>
    private static bool IsNone(string? path) => string.Equals(path, "none", StringComparison.OrdinalIgnoreCase);

    /// <summary>--handwritten-parts: a comma-separated list of <see cref="PartNames"/>.</summary>
    private static HandwrittenParts Parts(string? value, HandwrittenParts fallback)
    {
        if (value is null)
        {
            return fallback;
        }

        if (string.IsNullOrWhiteSpace(value.Replace(',', ' ')))
        {
            throw new CommandException($"option --handwritten-parts needs one or more of: {string.Join(", ", PartNames.Keys)}");
        }

        var parts = HandwrittenParts.None;
        foreach (var name in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            parts |= PartNames.TryGetValue(name, out var part)
                ? part
                : throw new CommandException($"option --handwritten-parts: unknown part '{name}' (known: {string.Join(", ", PartNames.Keys)})");
        }

        return parts;
    }

    private static Action<string> Progress(StatusContext context) => message =>
    {
        context.Status(Markup.Escape(message));
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[grey]{DateTimeOffset.Now:HH:mm:ss}[/] {message}");
    };

    /// <summary>Tracking happens when MLflow or a model store folder is configured, so a bare <c>train --out</c> leaves no trace elsewhere.</summary>
    private static bool RegistryConfigured(ConfigurationManager configuration) =>
        MlflowOptionsResolver.Resolve(configuration).IsConfigured || !string.IsNullOrWhiteSpace(configuration["ModelStore:Path"]);
}
