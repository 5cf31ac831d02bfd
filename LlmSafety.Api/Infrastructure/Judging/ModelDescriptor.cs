using LlmSafety.Api.Model;

namespace LlmSafety.Api.Infrastructure.Judging;

/// <summary>What is known about a loaded judge model: its registry identity, provenance and evaluation metrics.</summary>
public sealed record ModelDescriptor
{
    public const string RegisteredModelName = "llm-safety-judge";
    public const string ChampionAlias = "champion";

    public string Name { get; init; } = RegisteredModelName;

    public required string Version { get; init; }

    public string Alias { get; init; } = ChampionAlias;

    public ModelSource Source { get; init; } = ModelSource.Local;

    /// <summary>True when the registry could not be reached and this model came from the local disk copy.</summary>
    public bool ServedFromDiskCache { get; init; }

    public string? RunId { get; init; }

    public string? TrackingUri { get; init; }

    public string? MlflowRunUrl { get; init; }

    public IReadOnlyDictionary<string, double> Metrics { get; init; } = new Dictionary<string, double>();

    public DateTimeOffset? TrainedAt { get; init; }

    public DateTimeOffset LoadedAt { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>Folder holding the model's evaluation report and plots, when the model package has one.</summary>
    public string? ArtifactsFolder { get; init; }
}
