namespace LlmSafety.Web.Model;

/// <summary>Who tells the story: "I wait my turn", "You wait your turn", "Liam waits his turn".</summary>
public enum NarrativeVoice
{
    First,
    Second,
    Third,
}
