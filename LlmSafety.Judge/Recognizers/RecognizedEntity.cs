namespace LlmSafety.Judge.Recognizers;

/// <summary>A structured identifier found by a deterministic rule, with offsets into the normalised text.</summary>
public readonly record struct RecognizedEntity(EntityType Type, int Start, int End, double Score, string Source);
