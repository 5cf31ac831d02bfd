namespace LlmSafety.Narratives.Simulation.Text;

/// <summary>Who tells the story: "I wait my turn", "You wait your turn", "Maya waits her turn".</summary>
public enum NarrativeVoice
{
    First,
    Second,
    Third,
}
