namespace LlmSafety.Narratives.Simulation.Catalog;

/// <summary>Sentences that look like a disclosure to a keyword list but are not one, e.g. "a basketball shot".</summary>
public sealed record HardNegativeFamily(string Id, IReadOnlyList<HardNegativeTemplate> Templates);
