using System.Collections.Frozen;
using System.Text.Json;
using LlmSafety.Judge;

namespace LlmSafety.Api.Infrastructure.Judging;

/// <summary>Entity types as the API, data files and reports spell them: PERSON_NAME, DATE_OF_BIRTH, …</summary>
public static class EntityTypeNames
{
    private static readonly FrozenDictionary<EntityType, string> Names = Enum.GetValues<EntityType>()
        .ToFrozenDictionary(type => type, type => JsonNamingPolicy.SnakeCaseUpper.ConvertName(type.ToString()));

    public static string Of(EntityType type) => Names[type];
}
