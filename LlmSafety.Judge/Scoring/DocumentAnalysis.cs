using LlmSafety.Judge.Features;

namespace LlmSafety.Judge.Scoring;

/// <summary>
/// One text after tagging and the policy's name rules: what the document classifiers and the verdict read.
/// <see cref="SentencesInReserve"/> are the sentences the health-sentence classifier scored below its threshold but at
/// least 0.5, about someone and not a pet, holding no health entity, in a text with at least two such likely sentences
/// (empty otherwise): they back a health flag, and become entities, only when the document classifier already flags
/// the text and no health entity backs it.
/// </summary>
internal sealed record DocumentAnalysis(
    AnalyzedText Analyzed,
    List<CandidateEntity> Entities,
    int[] FeatureIndices,
    float[] FeatureValues,
    IReadOnlyList<CandidateEntity> SentencesInReserve);

/// <summary>An entity in normalised-text coordinates before it is mapped back to the caller's string.</summary>
internal readonly record struct CandidateEntity(EntityType Type, int Start, int End, double Score, string Source);
