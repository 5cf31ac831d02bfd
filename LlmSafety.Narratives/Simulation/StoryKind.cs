namespace LlmSafety.Narratives.Simulation;

/// <summary>What a simulated story discloses; drawn as ~35% safe, ~20% identity, ~20% health, ~25% both.</summary>
public enum StoryKind
{
    Safe,
    IdentityOnly,
    HealthOnly,
    IdentityAndHealth,
}
