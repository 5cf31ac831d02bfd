namespace LlmSafety.Narratives.Generation;

/// <summary>One story to ask the LLM for: the request, the facts it carries and whether the strict rules apply.</summary>
internal sealed record PlannedStory(string Id, string Family, NarrativeRequest Request, IReadOnlyList<InjectedFact> Facts, bool Strict);
