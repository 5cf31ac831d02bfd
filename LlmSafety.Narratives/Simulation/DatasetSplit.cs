using LlmSafety.Judge.Data;

namespace LlmSafety.Narratives.Simulation;

/// <summary>
/// The three parts of a dataset and what was held out for each: no train record uses a held-out family or template,
/// so every test record carries at least one phrasing never seen in training.
/// </summary>
public sealed record DatasetSplit(
    IReadOnlyList<LabelledNarrative> Train,
    IReadOnlyList<LabelledNarrative> Validation,
    IReadOnlyList<LabelledNarrative> Test,
    IReadOnlySet<string> TestFamilies,
    IReadOnlySet<string> TestTemplates,
    IReadOnlySet<string> ValidationFamilies,
    IReadOnlySet<string> ValidationTemplates)
{
    public const string TrainName = "train";
    public const string ValidationName = "validation";
    public const string TestName = "test";
}
