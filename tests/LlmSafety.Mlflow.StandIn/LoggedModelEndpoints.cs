using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using static LlmSafety.Mlflow.StandIn.StandInProtocol;

namespace LlmSafety.Mlflow.StandIn;

/// <summary>MLflow 3 logged models: create (PENDING), finalize with PATCH, get, search and artifact listing.</summary>
internal static class LoggedModelEndpoints
{
    private const string Api = "/api/2.0/mlflow/logged-models";

    public static void Map(WebApplication app, StandInState state)
    {
        app.MapPost(Api, (HttpContext context) =>
        {
            var body = Body(context, "experiment_id", "name", "model_type", "source_run_id", "params", "tags");
            var experimentId = Required(body, "experiment_id");
            lock (state.Gate)
            {
                if (state.Experiments.All(experiment => experiment.Id != experimentId))
                {
                    throw StandInErrorException.NotFound($"No Experiment with id={experimentId} exists");
                }

                var sourceRunId = Optional(body, "source_run_id");
                if (sourceRunId is not null)
                {
                    TrackingEndpoints.FindRun(state, sourceRunId);
                }

                var model = new StandInLoggedModel($"m-{Guid.NewGuid():N}", experimentId, Optional(body, "name") ?? "model", state.NextTimestamp())
                {
                    ModelType = Optional(body, "model_type"),
                    SourceRunId = sourceRunId,
                };
                model.Params.AddRange(KeyValues(body["params"]));
                model.Tags.AddRange(KeyValues(body["tags"]));
                state.LoggedModels[model.ModelId] = model;
                return Json(new JsonObject { ["model"] = StandInJson.LoggedModel(model) });
            }
        });

        app.MapMethods($"{Api}/{{modelId}}", ["PATCH"], (HttpContext context, string modelId) =>
        {
            var body = Body(context, "model_id", "status");
            var status = Required(body, "status");
            if (status is not ("LOGGED_MODEL_READY" or "LOGGED_MODEL_UPLOAD_FAILED"))
            {
                throw StandInErrorException.Invalid($"Invalid logged model status '{status}'.");
            }

            lock (state.Gate)
            {
                var model = Find(state, modelId);
                model.Status = status;
                model.LastUpdatedTimestampMs = state.NextTimestamp();
                return Json(new JsonObject { ["model"] = StandInJson.LoggedModel(model) });
            }
        });

        app.MapGet($"{Api}/{{modelId}}", (string modelId) =>
        {
            lock (state.Gate)
            {
                return Json(new JsonObject { ["model"] = StandInJson.LoggedModel(Find(state, modelId)) });
            }
        });

        app.MapGet($"{Api}/{{modelId}}/artifacts/directories", (HttpContext context, string modelId) =>
        {
            string artifactUri;
            lock (state.Gate)
            {
                artifactUri = Find(state, modelId).ArtifactUri;
            }

            var relative = ArtifactEndpoints.SafePath(context.Request.Query["artifact_directory_path"].ToString());
            return ArtifactEndpoints.Listing(state, artifactUri, relative);
        });

        app.MapPost($"{Api}/search", (HttpContext context) =>
        {
            var body = Body(context, "experiment_ids", "filter", "datasets", "max_results", "order_by", "page_token");
            var experimentIds = body["experiment_ids"]?.AsArray().Select(id => id!.GetValue<string>()).ToHashSet(StringComparer.Ordinal) ?? [];
            var maxResults = (int)(Long(body["max_results"]) ?? 100);
            lock (state.Gate)
            {
                var models = state.LoggedModels.Values
                    .Where(model => experimentIds.Contains(model.ExperimentId))
                    .OrderByDescending(model => model.CreationTimestampMs)
                    .Take(maxResults)
                    .Select(model => (JsonNode)StandInJson.LoggedModel(model))
                    .ToArray();
                return Json(new JsonObject { ["models"] = new JsonArray(models) });
            }
        });
    }

    internal static StandInLoggedModel Find(StandInState state, string modelId) =>
        state.LoggedModels.TryGetValue(modelId, out var model) ? model : throw StandInErrorException.NotFound($"Logged model with ID '{modelId}' not found.");
}
