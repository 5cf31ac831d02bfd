using LlmSafety.Judge.Model;
using LlmSafety.Judge.Training;

namespace LlmSafety.Trainer.Commands;

/// <summary>The model trained from the default simulated dataset, for commands run without --model.</summary>
internal static class DefaultModel
{
    public static JudgeModel Train(int count = LabelledData.DefaultCount, int seed = LabelledData.DefaultSeed)
    {
        var split = LabelledData.Split(LabelledData.Simulate(count, seed), seed);
        return JudgeTrainer.Train(split.Train, split.Validation, new JudgeTrainingOptions(), seed).Model;
    }
}
