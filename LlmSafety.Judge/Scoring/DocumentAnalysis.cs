using LlmSafety.Judge.Features;

namespace LlmSafety.Judge.Scoring;

/// <summary>One text after tagging and the policy's name rules: what the document classifiers and the verdict read.</summary>
internal sealed record DocumentAnalysis(
    AnalyzedText Analyzed,
    List<CandidateEntity> Entities,
    int[] FeatureIndices,
    float[] FeatureValues);

/// <summary>An entity in normalised-text coordinates before it is mapped back to the caller's string.</summary>
internal readonly record struct CandidateEntity(EntityType Type, int Start, int End, double Score, string Source);
