using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using static LlmSafety.Mlflow.StandIn.StandInProtocol;

namespace LlmSafety.Mlflow.StandIn;

internal static class TrackingEndpoints
{
    private const string Api = "/api/2.0/mlflow";

    public static void Map(WebApplication app, StandInState state)
    {
        app.MapPost($"{Api}/experiments/create", (HttpContext context) =>
        {
            var body = Body(context, "name", "artifact_location", "tags");
            var name = Required(body, "name");
            lock (state.Gate)
            {
                if (state.Experiments.Any(experiment => experiment.Name == name))
                {
                    throw StandInErrorException.AlreadyExists($"Experiment '{name}' already exists.");
                }

                var id = state.Experiments.Count.ToString(CultureInfo.InvariantCulture);
                var experiment = new StandInExperiment(id, name, $"mlflow-artifacts:/{id}", state.NextTimestamp());
                experiment.Tags.AddRange(KeyValues(body["tags"]));
                state.Experiments.Add(experiment);
                return Json(new JsonObject { ["experiment_id"] = id });
            }
        });

        app.MapGet($"{Api}/experiments/get-by-name", (HttpContext context) =>
        {
            var name = RequiredQuery(context, "experiment_name");
            lock (state.Gate)
            {
                var experiment = state.Experiments.FirstOrDefault(candidate => candidate.Name == name)
                    ?? throw StandInErrorException.NotFound($"Could not find experiment with name '{name}'");
                return Json(new JsonObject { ["experiment"] = StandInJson.Experiment(experiment) });
            }
        });

        app.MapPost($"{Api}/runs/create", (HttpContext context) =>
        {
            var body = Body(context, "experiment_id", "user_id", "run_name", "start_time", "tags");
            var experimentId = Required(body, "experiment_id");
            lock (state.Gate)
            {
                if (state.Experiments.All(experiment => experiment.Id != experimentId))
                {
                    throw StandInErrorException.NotFound($"No Experiment with id={experimentId} exists");
                }

                var runName = Optional(body, "run_name");
                var run = new StandInRun(Guid.NewGuid().ToString("N"), experimentId, runName, Long(body["start_time"]) ?? state.NextTimestamp());
                run.Tags.AddRange(KeyValues(body["tags"]));
                if (runName is not null)
                {
                    run.Tags.Add(new("mlflow.runName", runName));
                }

                state.Runs[run.RunId] = run;
                return Json(new JsonObject { ["run"] = StandInJson.Run(run, withOutputs: false) });
            }
        });

        app.MapPost($"{Api}/runs/log-batch", (HttpContext context) =>
        {
            var body = Body(context, "run_id", "metrics", "params", "tags");
            var metrics = body["metrics"]?.AsArray() ?? [];
            var parameters = KeyValues(body["params"]);
            var tags = KeyValues(body["tags"]);
            // The limits MLflow's log-batch handler enforces (mlflow/utils/validation.py).
            if (metrics.Count > 1000 || parameters.Count > 100 || tags.Count > 100 || metrics.Count + parameters.Count + tags.Count > 1000)
            {
                throw StandInErrorException.Invalid(
                    $"A batch logging request can contain at most 1000 metrics, 100 params, 100 tags and 1000 entities in total; got {metrics.Count} metrics, {parameters.Count} params, {tags.Count} tags.");
            }

            if (parameters.Any(parameter => parameter.Value.Length > 6000))
            {
                throw StandInErrorException.Invalid("Param value exceeds the maximum length of 6000 characters.");
            }

            lock (state.Gate)
            {
                var run = FindRun(state, Required(body, "run_id"));
                foreach (var parameter in parameters)
                {
                    var existing = run.Params.FirstOrDefault(candidate => candidate.Key == parameter.Key);
                    if (existing.Key is not null && existing.Value != parameter.Value)
                    {
                        throw StandInErrorException.Invalid($"Changing param values is not allowed. Param with key='{parameter.Key}' was already logged.");
                    }

                    if (existing.Key is null)
                    {
                        run.Params.Add(parameter);
                    }
                }

                foreach (var metric in metrics)
                {
                    run.Metrics.Add(new StandInMetric(
                        metric!["key"]!.GetValue<string>(),
                        MetricValue(metric["value"]),
                        Long(metric["timestamp"]) ?? state.NextTimestamp(),
                        Long(metric["step"]) ?? 0));
                }

                foreach (var tag in tags)
                {
                    run.Tags.RemoveAll(candidate => candidate.Key == tag.Key);
                    run.Tags.Add(tag);
                }
            }

            return Empty();
        });

        // Shape from the MLflow REST docs (LogInputs in service.proto); not in the recorded transcript.
        app.MapPost($"{Api}/runs/log-inputs", (HttpContext context) =>
        {
            var body = Body(context, "run_id", "datasets", "models");
            lock (state.Gate)
            {
                var run = FindRun(state, Required(body, "run_id"));
                foreach (var input in body["datasets"]?.AsArray() ?? [])
                {
                    var dataset = input?["dataset"] as JsonObject ?? throw StandInErrorException.Invalid("A dataset input has no 'dataset'.");
                    foreach (var field in new[] { "name", "digest", "source_type", "source" })
                    {
                        Required(dataset, field);
                    }

                    run.DatasetInputs.Add((JsonObject)input!.DeepClone());
                }
            }

            return Empty();
        });

        app.MapPost($"{Api}/runs/update", (HttpContext context) =>
        {
            var body = Body(context, "run_id", "run_uuid", "status", "end_time", "run_name");
            var status = Optional(body, "status");
            if (status is not null and not ("RUNNING" or "SCHEDULED" or "FINISHED" or "FAILED" or "KILLED"))
            {
                throw StandInErrorException.Invalid($"Invalid value '{status}' for parameter 'status'.");
            }

            lock (state.Gate)
            {
                var run = FindRun(state, Optional(body, "run_id") ?? Required(body, "run_uuid"));
                run.Status = status ?? run.Status;
                run.EndTime = Long(body["end_time"]) ?? run.EndTime;
                return Json(new JsonObject { ["run_info"] = StandInJson.RunInfo(run) });
            }
        });

        app.MapGet($"{Api}/runs/get", (HttpContext context) =>
        {
            lock (state.Gate)
            {
                var run = FindRun(state, RequiredQuery(context, "run_id"));
                return Json(new JsonObject { ["run"] = StandInJson.Run(run, withOutputs: true) });
            }
        });

        // Shape from the MLflow REST docs (SearchRuns in service.proto). Filters: only "tags.k = 'v'",
        // "params.k = 'v'" and "attributes.status = 'S'" joined by AND, which is what our code sends.
        app.MapPost($"{Api}/runs/search", (HttpContext context) =>
        {
            var body = Body(context, "experiment_ids", "filter", "run_view_type", "max_results", "order_by", "page_token");
            var experimentIds = body["experiment_ids"]?.AsArray().Select(id => id!.GetValue<string>()).ToHashSet(StringComparer.Ordinal) ?? [];
            var predicates = ParseFilter(Optional(body, "filter"));
            var maxResults = (int)(Long(body["max_results"]) ?? 1000);
            var offset = DecodeOffset(Optional(body, "page_token"));
            lock (state.Gate)
            {
                var matching = state.Runs.Values
                    .Where(run => experimentIds.Contains(run.ExperimentId) && predicates.All(predicate => predicate(run)))
                    .OrderByDescending(run => run.StartTime)
                    .ToList();
                var page = matching.Skip(offset).Take(maxResults).ToList();
                var json = new JsonObject();
                if (page.Count > 0)
                {
                    json["runs"] = new JsonArray(page.Select(run => (JsonNode)StandInJson.Run(run, withOutputs: true)).ToArray());
                }

                if (offset + page.Count < matching.Count)
                {
                    json["next_page_token"] = EncodeOffset(offset + page.Count);
                }

                return Json(json);
            }
        });

        app.MapGet($"{Api}/metrics/get-history", (HttpContext context) =>
        {
            var runId = RequiredQuery(context, "run_id");
            var key = RequiredQuery(context, "metric_key");
            var maxResultsText = context.Request.Query["max_results"].ToString();
            lock (state.Gate)
            {
                var run = FindRun(state, runId);
                if (maxResultsText.Length == 0)
                {
                    // Recorded on MLflow 3.4–3.11: without max_results no metrics come back and the token never advances.
                    return Json(new JsonObject { ["next_page_token"] = EncodeOffset(0) });
                }

                var maxResults = int.Parse(maxResultsText, CultureInfo.InvariantCulture);
                var offset = DecodeOffset(context.Request.Query["page_token"].ToString());
                var history = run.Metrics.Where(metric => metric.Key == key).ToList();
                var page = history.Skip(offset).Take(maxResults).ToList();
                var json = new JsonObject
                {
                    ["metrics"] = new JsonArray(page.Select(metric => (JsonNode)StandInJson.Metric(metric)).ToArray()),
                };
                if (offset + page.Count < history.Count)
                {
                    json["next_page_token"] = EncodeOffset(offset + page.Count);
                }

                return Json(json);
            }
        });

        app.MapPost($"{Api}/runs/outputs", (HttpContext context) =>
        {
            var body = Body(context, "run_id", "models");
            lock (state.Gate)
            {
                var run = FindRun(state, Required(body, "run_id"));
                foreach (var model in body["models"]?.AsArray() ?? [])
                {
                    var modelId = model?["model_id"]?.GetValue<string>() ?? throw StandInErrorException.Invalid("A model output has no 'model_id'.");
                    if (!state.LoggedModels.ContainsKey(modelId))
                    {
                        throw StandInErrorException.NotFound($"Logged model with ID '{modelId}' not found.");
                    }

                    run.ModelOutputs.Add((modelId, Long(model["step"]) ?? 0));
                }
            }

            return Empty();
        });
    }

    /// <summary>Proto3 JSON writes NaN and infinities as strings; MLflow accepts them.</summary>
    private static double MetricValue(JsonNode? value) => value?.GetValueKind() switch
    {
        System.Text.Json.JsonValueKind.Number => value.GetValue<double>(),
        System.Text.Json.JsonValueKind.String => double.Parse(value.GetValue<string>(), CultureInfo.InvariantCulture),
        _ => throw StandInErrorException.Invalid("A metric has no numeric 'value'."),
    };

    internal static StandInRun FindRun(StandInState state, string runId) =>
        state.Runs.TryGetValue(runId, out var run) ? run : throw StandInErrorException.NotFound($"Run with id={runId} not found");

    internal static string EncodeOffset(int offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{{\"offset\": {offset.ToString(CultureInfo.InvariantCulture)}}}"));

    internal static int DecodeOffset(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return 0;
        }

        try
        {
            var json = JsonNode.Parse(Convert.FromBase64String(token));
            return json?["offset"]?.GetValue<int>() ?? 0;
        }
        catch (FormatException)
        {
            throw StandInErrorException.Invalid("Invalid page token.");
        }
    }

    private static List<Func<StandInRun, bool>> ParseFilter(string? filter)
    {
        var predicates = new List<Func<StandInRun, bool>>();
        if (string.IsNullOrWhiteSpace(filter))
        {
            return predicates;
        }

        foreach (var clause in filter.Split(" and ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = clause.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[1].Length < 2 || parts[1][0] != '\'' || parts[1][^1] != '\'')
            {
                throw StandInErrorException.Invalid($"The stand-in only supports key = 'value' filters; got '{clause}'.");
            }

            var value = parts[1][1..^1];
            var (scope, key) = parts[0].IndexOf('.', StringComparison.Ordinal) is var dot and > 0
                ? (parts[0][..dot], parts[0][(dot + 1)..].Trim('`'))
                : ("attributes", parts[0]);
            predicates.Add(scope switch
            {
                "tags" or "tag" => run => run.Tags.Any(tag => tag.Key == key && tag.Value == value),
                "params" or "param" => run => run.Params.Any(parameter => parameter.Key == key && parameter.Value == value),
                "attributes" or "attribute" when key == "status" => run => run.Status == value,
                _ => throw StandInErrorException.Invalid($"The stand-in does not support filtering on '{parts[0]}'."),
            });
        }

        return predicates;
    }
}
