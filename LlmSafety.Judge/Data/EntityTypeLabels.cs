using System.Collections.Frozen;
using System.Text;

namespace LlmSafety.Judge.Data;

/// <summary>The SCREAMING_SNAKE_CASE spelling of entity types used in JSONL data, reports and the API.</summary>
public static class EntityTypeLabels
{
    private static readonly FrozenDictionary<EntityType, string> Labels =
        Enum.GetValues<EntityType>().ToFrozenDictionary(t => t, ToSnake);

    private static readonly FrozenDictionary<string, EntityType> Types =
        Labels.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.OrdinalIgnoreCase);

    public static string ToLabel(this EntityType type) => Labels[type];

    public static bool TryParse(string? label, out EntityType type)
    {
        type = default;
        return label is not null && Types.TryGetValue(label.Replace('-', '_'), out type);
    }

    private static string ToSnake(EntityType type)
    {
        var name = type.ToString();
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(name[i]));
        }

        return builder.ToString();
    }
}
