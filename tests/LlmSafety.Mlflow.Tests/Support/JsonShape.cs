using System.Text.Json.Nodes;

namespace LlmSafety.Mlflow.Tests.Support;

/// <summary>
/// The field-name skeleton of a JSON document ("run.info.run_uuid", "run.data.tags[].key"), so recorded and live
/// JSON can be compared on shape while ids and timestamps differ.
/// </summary>
internal static class JsonShape
{
    public static SortedSet<string> Paths(JsonNode? node)
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        Collect(node, string.Empty, paths);
        return paths;
    }

    private static void Collect(JsonNode? node, string prefix, SortedSet<string> paths)
    {
        switch (node)
        {
            case JsonObject json:
                foreach (var (key, value) in json)
                {
                    var path = prefix.Length == 0 ? key : $"{prefix}.{key}";
                    paths.Add(path);
                    Collect(value, path, paths);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Collect(item, prefix + "[]", paths);
                }

                break;
        }
    }

    public static void AssertSameShape(JsonNode? expected, JsonNode? actual)
    {
        var expectedPaths = Paths(expected);
        var actualPaths = Paths(actual);
        Assert.True(
            expectedPaths.SetEquals(actualPaths),
            $"Shape differs.\nMissing: {string.Join(", ", expectedPaths.Except(actualPaths))}\nUnexpected: {string.Join(", ", actualPaths.Except(expectedPaths))}");
    }
}
