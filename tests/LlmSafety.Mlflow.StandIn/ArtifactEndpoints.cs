using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using static LlmSafety.Mlflow.StandIn.StandInProtocol;

namespace LlmSafety.Mlflow.StandIn;

/// <summary>The <c>--serve-artifacts</c> proxy and the run artifact listing, with bytes kept in memory.</summary>
internal static class ArtifactEndpoints
{
    private const string Proxy = "/api/2.0/mlflow-artifacts/artifacts";

    public static void Map(WebApplication app, StandInState state)
    {
        app.MapPut($"{Proxy}/{{**path}}", async (HttpContext context, string path) =>
        {
            var safePath = SafePath(path);
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
            var bytes = buffer.ToArray();
            state.Artifacts[safePath] = state.UploadFault?.Invoke(safePath, bytes) ?? bytes;
            return Empty();
        });

        app.MapGet($"{Proxy}/{{**path}}", (string path) =>
        {
            var safePath = SafePath(path);
            if (!state.Artifacts.TryGetValue(safePath, out var bytes))
            {
                throw StandInErrorException.NotFound($"File not found: {safePath}");
            }

            var fileName = safePath.Split('/')[^1];
            var contentType = fileName.EndsWith(".txt", StringComparison.Ordinal) ? "text/plain" : "application/octet-stream";
            return Results.File(bytes, contentType, fileName);
        });

        // The proxy's own listing answers bare names relative to the listed path.
        app.MapGet(Proxy, (HttpContext context) =>
        {
            var path = SafePath(context.Request.Query["path"].ToString());
            return Json(new JsonObject { ["files"] = List(state, path, entry => entry.Name) });
        });

        // Run listings answer paths relative to the run's artifact root, including the listed folder.
        app.MapGet("/api/2.0/mlflow/artifacts/list", (HttpContext context) =>
        {
            var runId = Optional(context.Request.Query, "run_id") ?? RequiredQuery(context, "run_uuid");
            string artifactUri;
            lock (state.Gate)
            {
                artifactUri = TrackingEndpoints.FindRun(state, runId).ArtifactUri;
            }

            var relative = SafePath(context.Request.Query["path"].ToString());
            return Listing(state, artifactUri, relative);
        });
    }

    /// <summary>A listing under an artifact root as run and logged-model listings render it.</summary>
    internal static IResult Listing(StandInState state, string artifactUri, string relative)
    {
        var root = artifactUri["mlflow-artifacts:/".Length..];
        var files = List(state, Combine(root, relative), entry => Combine(relative, entry.Name));
        var json = new JsonObject { ["root_uri"] = artifactUri };
        if (files.Count > 0)
        {
            json["files"] = files;
        }

        return Json(json);
    }

    private static JsonArray List(StandInState state, string directory, Func<(string Name, bool IsDir), string> pathOf)
    {
        var prefix = directory.Length == 0 ? string.Empty : directory + "/";
        var entries = new SortedDictionary<string, (bool IsDir, long Size)>(StringComparer.Ordinal);
        foreach (var (key, bytes) in state.Artifacts)
        {
            if (!key.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = key[prefix.Length..];
            var slash = rest.IndexOf('/', StringComparison.Ordinal);
            entries[slash < 0 ? rest : rest[..slash]] = slash < 0 ? (false, bytes.LongLength) : (true, 0);
        }

        return new JsonArray(entries.Select(entry =>
        {
            var json = new JsonObject { ["path"] = pathOf((entry.Key, entry.Value.IsDir)), ["is_dir"] = entry.Value.IsDir };
            if (!entry.Value.IsDir)
            {
                json["file_size"] = entry.Value.Size;
            }

            return (JsonNode)json;
        }).ToArray());
    }

    private static string? Optional(IQueryCollection query, string name) => query[name].ToString() is { Length: > 0 } value ? value : null;

    private static string Combine(string left, string right) =>
        left.Length == 0 ? right : right.Length == 0 ? left : $"{left}/{right}";

    /// <summary>Like MLflow's validate_path_is_safe: no parent references, no absolute paths.</summary>
    internal static string SafePath(string? path)
    {
        var trimmed = (path ?? string.Empty).Trim('/');
        if (trimmed.Split('/').Any(segment => segment is ".." or ".") || trimmed.Contains('\\', StringComparison.Ordinal))
        {
            throw StandInErrorException.Invalid("Invalid path");
        }

        return trimmed;
    }
}
