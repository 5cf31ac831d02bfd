namespace LlmSafety.Mlflow.Packaging;

/// <summary>
/// The files that make up a judge model, as the trainer hands them over. <paramref name="ModelFile"/> is the single
/// artifact the loader opens (e.g. <c>judge-model.zip</c>); the policy and the evaluation report travel with it.
/// </summary>
public sealed record ModelPackageContents(
    string ModelFile,
    string? PolicyFile = null,
    string? EvaluationReportFile = null,
    IReadOnlyList<string>? ExtraFiles = null)
{
    public const string PolicyFileName = "policy.json";

    /// <summary>The ML.NET version that wrote the model file; recorded in the <c>mlnet</c> flavor.</summary>
    public string MlnetVersion { get; init; } = "5.0.1";

    /// <summary>The type whose <c>Load(folder)</c> turns the folder back into a model.</summary>
    public string LoaderModule { get; init; } = "LlmSafety.Judge.JudgeModel";
}
