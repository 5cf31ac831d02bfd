using LlmSafety.Narratives.Simulation;

namespace LlmSafety.Narratives.Tests.Simulation;

/// <summary>One shared 3,000-story sample so the statistical tests do not regenerate it for every class.</summary>
public sealed class SimulatedDataset
{
    public const int Seed = 42;

    internal IReadOnlyList<SimulatedStory> Stories { get; } = new NarrativeSimulator().GenerateStories(3000, Seed);
}

[CollectionDefinition(Name)]
public sealed class SimulatedDatasetCollection : ICollectionFixture<SimulatedDataset>
{
    public const string Name = "simulated dataset";
}
