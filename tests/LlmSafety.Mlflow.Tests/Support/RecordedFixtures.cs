using System.Text.Json.Nodes;

namespace LlmSafety.Mlflow.Tests.Support;

/// <summary>The transcript samples copied into <c>Fixtures/</c>.</summary>
internal static class RecordedFixtures
{
    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    public static JsonNode Json(string name) => JsonNode.Parse(Text(name))!;
}
