using LlmSafety.Judge.Evaluation;
using LlmSafety.Mlflow.Lifecycle;
using LlmSafety.Mlflow.Packaging;

namespace LlmSafety.Trainer.Training;

/// <summary>
/// One training inside one tracked run: the run is opened before any data is made, so a failure at any step leaves
/// it FAILED (KILLED when cancelled), never RUNNING; the model is registered and judged against the champion last.
/// </summary>
internal static class TrackedTraining
{
    public static Task<(LifecycleResult Result, EvaluationReport Report)> RunAsync(
        ModelLifecycle lifecycle, TrainingSettings settings, Action<string> progress, CancellationToken cancellationToken)
    {
        var runName = $"judge-{DateTimeOffset.UtcNow:yyyyMMdd-HHmmss}";
        var tags = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["mlflow.source.name"] = "LlmSafety.Trainer",
            ["mlflow.source.type"] = "LOCAL",
            ["llmsafety.data.source"] = settings.DataPath is null ? "simulated" : "file",
            ["llmsafety.data.handwritten"] = settings.Handwritten is null ? "none" : $"{settings.Handwritten.Records.Count} stories from {settings.Handwritten.Name}"
                + (settings.HandwrittenValidation is { } validation ? $", {validation.Records.Count} for validation from {validation.Name}" : string.Empty),
        };
        foreach (var (key, value) in StaleRunCleanup.OwnerTags())
        {
            tags[key] = value;
        }

        return lifecycle.RunAsync(runName, tags, async (run, token) =>
        {
            var output = await TrainingPipeline.RunAsync(settings, progress, token);
            progress($"logging run {run.RunId} and registering the model");
            var plotsAndReport = output.ReportFiles.Where(file => file != output.ReportJsonFile).ToList();
            var request = new LifecycleRequest(new ModelPackageContents(output.ModelFile, output.PolicyFile, output.ReportJsonFile, plotsAndReport))
            {
                Params = output.Parameters,
                Metrics = output.Metrics,
                Tags = tags,
                Artifacts = [.. output.ReportFiles.Select(file => new ArtifactToLog(file, "evaluation")), new ArtifactToLog(output.DataFolder, "data")],
                Datasets = output.Datasets,
                VersionDescription = $"Trained by run {run.RunId} on {output.Parameters["data.source"]} data (seed {settings.Seed})"
                    + (settings.Handwritten is { } handwritten ? $" and {handwritten.Records.Count} handwritten stories from {handwritten.Name}." : "."),
            };
            return (await lifecycle.LogAndRegisterAsync(run, request, token), output.Report);
        }, cancellationToken);
    }
}
