using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace LlmSafety.Mlflow.StandIn;

/// <summary>Reading requests and writing answers the way MLflow's Flask handlers do.</summary>
internal static class StandInProtocol
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static IResult Json(JsonNode node) =>
        Results.Text(node.ToJsonString(Indented), "application/json", Encoding.UTF8, StatusCodes.Status200OK);

    public static IResult Empty() => Json(new JsonObject());

    public static IResult ErrorResult(StandInErrorException error) =>
        Results.Text(
            new JsonObject
            {
                ["error_code"] = error.ErrorCode,
                ["message"] = error.Message,
                ["sqlstate"] = "KAM00",
                ["error_class"] = error.ErrorCode,
            }.ToJsonString(),
            "application/json",
            Encoding.UTF8,
            error.StatusCode);

    /// <summary>The HTML page Flask answers for a verb a route does not accept (recorded for POST .../search).</summary>
    public static IResult MethodNotAllowed() =>
        Results.Text(
            "<!doctype html>\n<html lang=en>\n<title>405 Method Not Allowed</title>\n<h1>Method Not Allowed</h1>\n<p>The method is not allowed for the requested URL.</p>\n",
            "text/html",
            Encoding.UTF8,
            StatusCodes.Status405MethodNotAllowed);

    /// <summary>
    /// Parses the JSON body and refuses fields the endpoint does not define. MLflow itself ignores unknown fields in
    /// some versions; the stand-in is stricter on purpose so a misspelt field name fails a test instead of being lost.
    /// </summary>
    public static JsonObject Body(HttpContext context, params string[] allowedFields)
    {
        var body = context.Items[MlflowStandIn.BodyItemKey] as JsonObject
            ?? throw StandInErrorException.Invalid("Request body must be a JSON object.");
        foreach (var (field, _) in body)
        {
            if (!allowedFields.Contains(field, StringComparer.Ordinal))
            {
                throw StandInErrorException.Invalid($"Unknown field '{field}' for {context.Request.Path}.");
            }
        }

        return body;
    }

    public static string Required(JsonObject body, string field)
    {
        var value = body[field]?.GetValue<string>();
        return string.IsNullOrEmpty(value) ? throw StandInErrorException.Invalid($"Missing value for required parameter '{field}'.") : value;
    }

    public static string? Optional(JsonObject body, string field) => body[field]?.GetValue<string>();

    public static string RequiredQuery(HttpContext context, string name)
    {
        var value = context.Request.Query[name].ToString();
        return string.IsNullOrEmpty(value) ? throw StandInErrorException.Invalid($"Missing value for required parameter '{name}'.") : value;
    }

    public static List<KeyValuePair<string, string>> KeyValues(JsonNode? array)
    {
        var result = new List<KeyValuePair<string, string>>();
        foreach (var item in array?.AsArray() ?? [])
        {
            var key = item?["key"]?.GetValue<string>() ?? throw StandInErrorException.Invalid("A tag or param has no 'key'.");
            result.Add(new(key, item["value"]?.GetValue<string>() ?? string.Empty));
        }

        return result;
    }

    public static JsonArray ToJson(IEnumerable<KeyValuePair<string, string>> pairs) =>
        new(pairs.Select(pair => (JsonNode)new JsonObject { ["key"] = pair.Key, ["value"] = pair.Value }).ToArray());

    public static long? Long(JsonNode? node) => node is null ? null : node.GetValueKind() == JsonValueKind.String
        ? long.Parse(node.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)
        : node.GetValue<long>();
}
