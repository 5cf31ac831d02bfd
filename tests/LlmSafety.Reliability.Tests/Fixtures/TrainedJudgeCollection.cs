namespace LlmSafety.Reliability.Tests.Fixtures;

/// <summary>Test classes that need the real judge share one training.</summary>
[CollectionDefinition(Name)]
public sealed class TrainedJudgeCollection : ICollectionFixture<TrainedJudgeFixture>
{
    public const string Name = "trained judge";
}
