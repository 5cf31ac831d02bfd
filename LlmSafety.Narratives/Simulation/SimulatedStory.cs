using LlmSafety.Judge.Data;

namespace LlmSafety.Narratives.Simulation;

/// <summary>A generated record with the kind it was drawn as and the fake values it was built from.</summary>
internal sealed record SimulatedStory(LabelledNarrative Record, StoryKind Kind, IReadOnlyDictionary<string, string> Values);
