namespace LlmSafety.Judge.Policy;

/// <summary>Which category each entity type backs.</summary>
public static class EntityCategories
{
    public static Category Of(EntityType type) => type switch
    {
        EntityType.Diagnosis or EntityType.Medication or EntityType.Treatment or EntityType.Device or EntityType.Provider => Category.Health,
        _ => Category.Identity,
    };

    public static bool IsStructured(EntityType type) =>
        type is EntityType.Phone or EntityType.Email or EntityType.IdNumber or EntityType.DateOfBirth or EntityType.Url;
}
