using LlmSafety.Judge.Features;

namespace LlmSafety.Judge.Scoring;

/// <summary>
/// One text after tagging and the policy's name rules: what the document classifiers and the verdict read.
/// <see cref="SentenceInReserve"/> is the likeliest sentence the health-sentence classifier scored below its threshold
/// (at least 0.5, about someone, holding no health entity): it backs a health flag only when the document classifier
/// already flags the text and nothing else can.
/// </summary>
internal sealed record DocumentAnalysis(
    AnalyzedText Analyzed,
    List<CandidateEntity> Entities,
    int[] FeatureIndices,
    float[] FeatureValues,
    CandidateEntity? SentenceInReserve = null);

/// <summary>An entity in normalised-text coordinates before it is mapped back to the caller's string.</summary>
internal readonly record struct CandidateEntity(EntityType Type, int Start, int End, double Score, string Source);
