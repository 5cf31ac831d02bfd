using LlmSafety.Judge;

namespace LlmSafety.Narratives.Simulation.Catalog;

/// <summary>
/// One phrasing that discloses a fact, e.g. <c>dx-03</c>. <see cref="ConditionId"/> ties a keyword-free paraphrase
/// ("the little machine on her arm that checks her sugar") to the condition it describes; null means any condition.
/// </summary>
public sealed record DisclosureTemplate(string Id, EntityType Type, string Template, string? ConditionId = null);
