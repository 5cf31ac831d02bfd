using System.Text.Json;
using System.Text.Json.Serialization;

namespace LlmSafety.Web.Services;

/// <summary>The API's wire format: camelCase members, enums as lowercase strings, nulls left out of requests.</summary>
public static class JudgeApiJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
