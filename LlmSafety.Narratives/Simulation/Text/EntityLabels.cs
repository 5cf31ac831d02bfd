using System.Collections.Frozen;
using LlmSafety.Judge;

namespace LlmSafety.Narratives.Simulation.Text;

/// <summary>The SCREAMING_SNAKE_CASE span labels of the JSONL format and which label category each one backs.</summary>
public static class EntityLabels
{
    private static readonly FrozenDictionary<EntityType, string> LabelByType = new Dictionary<EntityType, string>
    {
        [EntityType.PersonName] = "PERSON_NAME",
        [EntityType.Address] = "ADDRESS",
        [EntityType.Phone] = "PHONE",
        [EntityType.Email] = "EMAIL",
        [EntityType.DateOfBirth] = "DATE_OF_BIRTH",
        [EntityType.IdNumber] = "ID_NUMBER",
        [EntityType.Organization] = "ORGANIZATION",
        [EntityType.Url] = "URL",
        [EntityType.Diagnosis] = "DIAGNOSIS",
        [EntityType.Medication] = "MEDICATION",
        [EntityType.Treatment] = "TREATMENT",
        [EntityType.Device] = "DEVICE",
        [EntityType.Provider] = "PROVIDER",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, EntityType> TypeByLabel =
        LabelByType.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    public static string ToLabel(EntityType type) => LabelByType[type];

    public static EntityType Parse(string label) =>
        TypeByLabel.TryGetValue(label, out var type)
            ? type
            : throw new ArgumentException($"'{label}' is not a span label.", nameof(label));

    /// <summary>Identity spans make a record identity-positive; the rest (diagnosis … provider) make it health-positive.</summary>
    public static bool IsIdentity(EntityType type) => type <= EntityType.Url;

    public static bool IsIdentity(string label) => IsIdentity(Parse(label));
}
