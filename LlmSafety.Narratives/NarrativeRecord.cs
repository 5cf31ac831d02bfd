namespace LlmSafety.Narratives;

/// <summary>Placeholder until the simulator lands.</summary>
internal static class NarrativesAssembly;
