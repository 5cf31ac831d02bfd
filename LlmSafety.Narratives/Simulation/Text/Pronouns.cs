namespace LlmSafety.Narratives.Simulation.Text;

/// <summary>The pronoun set a third-person story uses for its subject; Plural marks singular "they" for verb agreement.</summary>
internal sealed record Pronouns(string Subject, string Object, string Possessive, string Reflexive, bool Plural)
{
    public static readonly Pronouns He = new("he", "him", "his", "himself", Plural: false);
    public static readonly Pronouns She = new("she", "her", "her", "herself", Plural: false);
    public static readonly Pronouns They = new("they", "them", "their", "themselves", Plural: true);
}
