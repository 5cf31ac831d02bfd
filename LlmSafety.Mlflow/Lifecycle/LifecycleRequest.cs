using LlmSafety.Mlflow.Packaging;
using LlmSafety.Mlflow.Registry;

namespace LlmSafety.Mlflow.Lifecycle;

/// <summary>Everything one training run hands to the registry: what to log, and the model to package and register.</summary>
public sealed record LifecycleRequest(ModelPackageContents Model)
{
    public IReadOnlyDictionary<string, string> Params { get; init; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, double> Metrics { get; init; } = new Dictionary<string, double>();

    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>();

    /// <summary>Files (plots, reports) and folders; a path that is a directory is uploaded with its layout.</summary>
    public IReadOnlyList<ArtifactToLog> Artifacts { get; init; } = [];

    public IReadOnlyList<DatasetInputInfo> Datasets { get; init; } = [];

    public string? VersionDescription { get; init; }
}
