using LlmSafety.Judge.Model;
using LlmSafety.Judge.Training;
using LlmSafety.TrainingData.Handwritten;

namespace LlmSafety.Trainer.Commands;

/// <summary>The model trained as `train` trains by default (the simulated dataset and the built-in handwritten stories), for commands run without --model.</summary>
internal static class DefaultModel
{
    public static JudgeModel Train(int count = LabelledData.DefaultCount, int seed = LabelledData.DefaultSeed)
    {
        var split = LabelledData.Split(LabelledData.Simulate(count, seed), seed);
        return JudgeTrainer.Train(split.Train, split.Validation, new JudgeTrainingOptions(), seed, HandwrittenCorpus.All, []).Model;
    }
}
