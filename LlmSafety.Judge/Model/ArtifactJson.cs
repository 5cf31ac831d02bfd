using System.Text.Json;
using System.Text.Json.Serialization;

namespace LlmSafety.Judge.Model;

internal static class ArtifactJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
    };
}
