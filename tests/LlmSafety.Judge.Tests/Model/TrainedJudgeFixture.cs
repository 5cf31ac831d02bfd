using LlmSafety.Judge.Data;
using LlmSafety.Judge.Model;
using LlmSafety.Judge.Training;
using LlmSafety.Narratives.Simulation;
using LlmSafety.TrainingData.Handwritten;

namespace LlmSafety.Judge.Tests.Model;

/// <summary>
/// The default judge as `train` makes it (3,000 simulated records, seed 42, and the built-in handwritten stories: about a
/// minute and a half of training), shared by the model tests.
/// </summary>
public sealed class TrainedJudgeFixture
{
    public const int Seed = 42;

    public TrainedJudgeFixture()
    {
        var records = new NarrativeSimulator().Generate(3000, Seed);
        Split = DatasetSplitter.Split(records, Seed);
        Result = JudgeTrainer.Train(Split.Train, Split.Validation, new JudgeTrainingOptions { ModelVersion = "test" }, Seed, HandwrittenCorpus.All, []);
    }

    public DatasetSplit Split { get; }

    public JudgeTrainingResult Result { get; }

    public JudgeModel Model => Result.Model;

    public IReadOnlyList<LabelledNarrative> Test => Split.Test;
}

[CollectionDefinition(Name)]
public sealed class TrainedJudgeCollection : ICollectionFixture<TrainedJudgeFixture>
{
    public const string Name = "trained judge";
}
