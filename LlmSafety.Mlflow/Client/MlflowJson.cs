using System.Text.Json;
using System.Text.Json.Serialization;

namespace LlmSafety.Mlflow.Client;

/// <summary>MLflow's REST API speaks snake_case JSON and leaves unset proto fields out of the body.</summary>
public static class MlflowJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // MLflow writes NaN and Infinity metric values as the literal strings.
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals | JsonNumberHandling.AllowReadingFromString,
    };
}
