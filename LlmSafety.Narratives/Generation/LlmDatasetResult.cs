using LlmSafety.Judge.Data;

namespace LlmSafety.Narratives.Generation;

/// <summary>
/// Records labelled from an LLM's stories. Dropped counts stories in which a fact the LLM was told to use could not be
/// found verbatim (it paraphrased or left it out), so its labels would not be trustworthy.
/// </summary>
public sealed record LlmDatasetResult(IReadOnlyList<LabelledNarrative> Records, int Requested, int Dropped, bool FromCache);
