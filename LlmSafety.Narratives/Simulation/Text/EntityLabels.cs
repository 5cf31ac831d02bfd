using LlmSafety.Judge;
using LlmSafety.Judge.Data;
using LlmSafety.Judge.Policy;

namespace LlmSafety.Narratives.Simulation.Text;

/// <summary>Span labels as strings ("PERSON_NAME"), checked against the judge's own label and category tables.</summary>
internal static class EntityLabels
{
    public static string ToLabel(EntityType type) => type.ToLabel();

    public static EntityType Parse(string label) =>
        EntityTypeLabels.TryParse(label, out var type) && type.ToLabel() == label
            ? type
            : throw new ArgumentException($"'{label}' is not a span label.", nameof(label));

    /// <summary>Identity spans make a record identity-positive; the rest (diagnosis … provider) make it health-positive.</summary>
    public static bool IsIdentity(string label) => EntityCategories.Of(Parse(label)) == Category.Identity;

    /// <summary>
    /// What makes a record identity-positive: an identity span, or a named clinician ("Dr. Okafor"), whose title and
    /// surname identify a real person as much as "Mrs. Okafor" does and point to the child through them.
    /// </summary>
    public static bool CountsForIdentity(string label) => IsIdentity(label) || Parse(label) == EntityType.Provider;
}
