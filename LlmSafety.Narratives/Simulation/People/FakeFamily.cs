using LlmSafety.Narratives.Simulation.Text;

namespace LlmSafety.Narratives.Simulation.People;

/// <summary>The fake child a story is about, with everything a template may mention, keyed by template value name.</summary>
internal sealed record FakeFamily(string FirstName, Pronouns Pronouns, string Origin, IReadOnlyDictionary<string, string> Values);
