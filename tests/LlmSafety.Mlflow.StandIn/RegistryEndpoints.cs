using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using static LlmSafety.Mlflow.StandIn.StandInProtocol;

namespace LlmSafety.Mlflow.StandIn;

/// <summary>Registered models, versions, aliases and version tags.</summary>
internal static class RegistryEndpoints
{
    private const string Api = "/api/2.0/mlflow";

    public static void Map(WebApplication app, StandInState state)
    {
        app.MapPost($"{Api}/registered-models/create", (HttpContext context) =>
        {
            var body = Body(context, "name", "description", "tags");
            var name = Required(body, "name");
            lock (state.Gate)
            {
                if (state.RegisteredModels.ContainsKey(name))
                {
                    throw StandInErrorException.AlreadyExists($"Registered Model (name={name}) already exists.");
                }

                var model = new StandInRegisteredModel(name, state.NextTimestamp(), Optional(body, "description") ?? string.Empty);
                model.Tags.AddRange(KeyValues(body["tags"]));
                state.RegisteredModels[name] = model;
                return Json(new JsonObject { ["registered_model"] = StandInJson.RegisteredModel(model) });
            }
        });

        app.MapGet($"{Api}/registered-models/get", (HttpContext context) =>
        {
            lock (state.Gate)
            {
                var model = FindModel(state, RequiredQuery(context, "name"));
                return Json(new JsonObject { ["registered_model"] = StandInJson.RegisteredModel(model) });
            }
        });

        // GET shape from the MLflow REST docs (SearchRegisteredModels); POST answers 405 as recorded.
        app.MapGet($"{Api}/registered-models/search", (HttpContext context) =>
        {
            var filter = context.Request.Query["filter"].ToString();
            var nameFilter = ParseNameFilter(filter);
            lock (state.Gate)
            {
                var models = state.RegisteredModels.Values
                    .Where(model => nameFilter is null || model.Name == nameFilter)
                    .OrderBy(model => model.Name, StringComparer.Ordinal)
                    .Select(model => (JsonNode)StandInJson.RegisteredModel(model))
                    .ToArray();
                var json = new JsonObject();
                if (models.Length > 0)
                {
                    json["registered_models"] = new JsonArray(models);
                }

                return Json(json);
            }
        });
        app.MapPost($"{Api}/registered-models/search", MethodNotAllowed);

        app.MapPost($"{Api}/model-versions/create", (HttpContext context) =>
        {
            var body = Body(context, "name", "source", "run_id", "tags", "run_link", "description", "model_id");
            var name = Required(body, "name");
            var source = Required(body, "source");
            var runId = Optional(body, "run_id");
            var isRemoteSource = source.StartsWith("models:/", StringComparison.Ordinal)
                || source.StartsWith("runs:/", StringComparison.Ordinal)
                || source.StartsWith("mlflow-artifacts:/", StringComparison.Ordinal);
            if (!isRemoteSource && string.IsNullOrEmpty(runId))
            {
                throw StandInErrorException.Invalid(
                    $"Invalid model version source: '{source}'. To use a local path as a model version source, the run_id request parameter has to be specified and the local path has to be contained within the artifact directory of the run specified by the run_id.");
            }

            lock (state.Gate)
            {
                var model = FindModel(state, name);
                var modelId = Optional(body, "model_id");
                if (modelId is not null)
                {
                    LoggedModelEndpoints.Find(state, modelId);
                }

                var number = (model.Versions.Count + 1).ToString(CultureInfo.InvariantCulture);
                var version = new StandInModelVersion(name, number, state.NextTimestamp(), source, runId ?? string.Empty, Optional(body, "description") ?? string.Empty)
                {
                    ModelId = modelId,
                };
                foreach (var tag in KeyValues(body["tags"]))
                {
                    version.Tags[tag.Key] = tag.Value;
                }

                model.Versions.Add(version);
                model.LastUpdatedTimestamp = version.CreationTimestamp;
                return Json(new JsonObject { ["model_version"] = StandInJson.ModelVersion(version, model, withAliasesAndTags: false) });
            }
        });

        app.MapGet($"{Api}/model-versions/get", (HttpContext context) =>
        {
            lock (state.Gate)
            {
                var model = FindModel(state, RequiredQuery(context, "name"));
                var version = FindVersion(model, RequiredQuery(context, "version"));
                return Json(new JsonObject { ["model_version"] = StandInJson.ModelVersion(version, model, withAliasesAndTags: true) });
            }
        });

        // GET shape from the MLflow REST docs (SearchModelVersions); POST answers 405 as recorded.
        app.MapGet($"{Api}/model-versions/search", (HttpContext context) =>
        {
            var nameFilter = ParseNameFilter(context.Request.Query["filter"].ToString());
            var maxResults = int.TryParse(context.Request.Query["max_results"].ToString(), CultureInfo.InvariantCulture, out var parsed) ? parsed : 10_000;
            var offset = TrackingEndpoints.DecodeOffset(context.Request.Query["page_token"].ToString());
            lock (state.Gate)
            {
                var all = state.RegisteredModels.Values
                    .Where(model => nameFilter is null || model.Name == nameFilter)
                    .SelectMany(model => model.Versions.Select(version => (Model: model, Version: version)))
                    .OrderByDescending(pair => pair.Version.CreationTimestamp)
                    .ToList();
                var page = all.Skip(offset).Take(maxResults).ToList();
                var json = new JsonObject();
                if (page.Count > 0)
                {
                    json["model_versions"] = new JsonArray(page
                        .Select(pair => (JsonNode)StandInJson.ModelVersion(pair.Version, pair.Model, withAliasesAndTags: true)).ToArray());
                }

                if (offset + page.Count < all.Count)
                {
                    json["next_page_token"] = TrackingEndpoints.EncodeOffset(offset + page.Count);
                }

                return Json(json);
            }
        });
        app.MapPost($"{Api}/model-versions/search", MethodNotAllowed);

        app.MapGet($"{Api}/model-versions/get-download-uri", (HttpContext context) =>
        {
            lock (state.Gate)
            {
                var model = FindModel(state, RequiredQuery(context, "name"));
                var version = FindVersion(model, RequiredQuery(context, "version"));
                var uri = version.Source.StartsWith("models:/", StringComparison.Ordinal)
                    ? LoggedModelEndpoints.Find(state, version.Source["models:/".Length..]).ArtifactUri
                    : version.Source;
                return Json(new JsonObject { ["artifact_uri"] = uri });
            }
        });

        app.MapPost($"{Api}/registered-models/alias", (HttpContext context) =>
        {
            var body = Body(context, "name", "alias", "version");
            lock (state.Gate)
            {
                var model = FindModel(state, Required(body, "name"));
                var version = FindVersion(model, Required(body, "version"));
                model.Aliases[Required(body, "alias")] = version.Version;
            }

            return Empty();
        });

        app.MapGet($"{Api}/registered-models/alias", (HttpContext context) =>
        {
            var alias = RequiredQuery(context, "alias");
            lock (state.Gate)
            {
                var model = FindModel(state, RequiredQuery(context, "name"));
                if (!model.Aliases.TryGetValue(alias, out var number))
                {
                    // Recorded: a missing alias is INVALID_PARAMETER_VALUE 400, not 404.
                    throw StandInErrorException.Invalid($"Registered model alias {alias} not found.");
                }

                return Json(new JsonObject { ["model_version"] = StandInJson.ModelVersion(FindVersion(model, number), model, withAliasesAndTags: true) });
            }
        });

        app.MapDelete($"{Api}/registered-models/alias", (HttpContext context) =>
        {
            var body = Body(context, "name", "alias");
            lock (state.Gate)
            {
                FindModel(state, Required(body, "name")).Aliases.Remove(Required(body, "alias"));
            }

            return Empty();
        });

        // Shape from the MLflow REST docs (SetModelVersionTag); not in the recorded transcript.
        app.MapPost($"{Api}/model-versions/set-tag", (HttpContext context) =>
        {
            var body = Body(context, "name", "version", "key", "value");
            lock (state.Gate)
            {
                var version = FindVersion(FindModel(state, Required(body, "name")), Required(body, "version"));
                version.Tags[Required(body, "key")] = Optional(body, "value") ?? string.Empty;
            }

            return Empty();
        });

        // Shape from the MLflow REST docs (DeleteModelVersionTag); not in the recorded transcript.
        app.MapDelete($"{Api}/model-versions/delete-tag", (HttpContext context) =>
        {
            var body = Body(context, "name", "version", "key");
            lock (state.Gate)
            {
                var version = FindVersion(FindModel(state, Required(body, "name")), Required(body, "version"));
                version.Tags.Remove(Required(body, "key"));
            }

            return Empty();
        });
    }

    private static StandInRegisteredModel FindModel(StandInState state, string name) =>
        state.RegisteredModels.TryGetValue(name, out var model) ? model : throw StandInErrorException.NotFound($"Registered Model with name={name} not found");

    private static StandInModelVersion FindVersion(StandInRegisteredModel model, string version) =>
        model.Versions.FirstOrDefault(candidate => candidate.Version == version)
            ?? throw StandInErrorException.NotFound($"Model Version (name={model.Name}, version={version}) not found");

    private static string? ParseNameFilter(string filter)
    {
        if (string.IsNullOrWhiteSpace(filter))
        {
            return null;
        }

        var parts = filter.Split('=', 2, StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || parts[0] != "name" || parts[1].Length < 2 || parts[1][0] != '\'' || parts[1][^1] != '\'')
        {
            throw StandInErrorException.Invalid($"The stand-in only supports name='...' filters; got '{filter}'.");
        }

        return parts[1][1..^1].Replace("\\'", "'", StringComparison.Ordinal);
    }
}
