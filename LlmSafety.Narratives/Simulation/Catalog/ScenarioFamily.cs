namespace LlmSafety.Narratives.Simulation.Catalog;

/// <summary>
/// One social-story situation ("dentist", "fire-drill") with its sentence templates in story order.
/// The family is the unit the dataset is split on, so its sentences must not appear in any other family.
/// </summary>
public sealed record ScenarioFamily(string Id, string Situation, IReadOnlyList<string> Sentences);
