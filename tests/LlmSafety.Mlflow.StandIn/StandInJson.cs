using System.Text.Json.Nodes;

namespace LlmSafety.Mlflow.StandIn;

/// <summary>Entities rendered exactly as the recorded MLflow 3.11 answers render them (field order included).</summary>
internal static class StandInJson
{
    public static JsonObject Experiment(StandInExperiment experiment)
    {
        var json = new JsonObject
        {
            ["experiment_id"] = experiment.Id,
            ["name"] = experiment.Name,
            ["artifact_location"] = experiment.ArtifactLocation,
            ["lifecycle_stage"] = "active",
            ["last_update_time"] = experiment.CreationTime,
            ["creation_time"] = experiment.CreationTime,
        };
        if (experiment.Tags.Count > 0)
        {
            json["tags"] = StandInProtocol.ToJson(experiment.Tags);
        }

        return json;
    }

    public static JsonObject RunInfo(StandInRun run)
    {
        var json = new JsonObject
        {
            ["run_uuid"] = run.RunId,
            ["experiment_id"] = run.ExperimentId,
            ["run_name"] = run.RunName ?? string.Empty,
            ["user_id"] = string.Empty,
            ["status"] = run.Status,
            ["start_time"] = run.StartTime,
        };
        if (run.EndTime is { } end)
        {
            json["end_time"] = end;
        }

        json["artifact_uri"] = run.ArtifactUri;
        json["lifecycle_stage"] = "active";
        json["run_id"] = run.RunId;
        return json;
    }

    /// <summary><paramref name="withOutputs"/>: runs/get shows <c>outputs</c>, runs/create does not.</summary>
    public static JsonObject Run(StandInRun run, bool withOutputs)
    {
        var data = new JsonObject();
        var latest = run.LatestMetrics();
        if (latest.Count > 0)
        {
            data["metrics"] = new JsonArray(latest.Select(metric => (JsonNode)Metric(metric)).ToArray());
        }

        if (run.Params.Count > 0)
        {
            data["params"] = StandInProtocol.ToJson(run.Params);
        }

        if (run.Tags.Count > 0)
        {
            data["tags"] = StandInProtocol.ToJson(run.Tags);
        }

        var inputs = new JsonObject();
        if (run.DatasetInputs.Count > 0)
        {
            inputs["dataset_inputs"] = new JsonArray(run.DatasetInputs.Select(input => input.DeepClone()).ToArray());
        }

        var json = new JsonObject { ["info"] = RunInfo(run), ["data"] = data, ["inputs"] = inputs };
        if (withOutputs)
        {
            var outputs = new JsonObject();
            if (run.ModelOutputs.Count > 0)
            {
                outputs["model_outputs"] = new JsonArray(run.ModelOutputs
                    .Select(output => (JsonNode)new JsonObject { ["model_id"] = output.ModelId, ["step"] = output.Step }).ToArray());
            }

            json["outputs"] = outputs;
        }

        return json;
    }

    public static JsonObject Metric(StandInMetric metric) => new()
    {
        ["key"] = metric.Key,
        // Proto3 JSON (and so MLflow) spells non-finite doubles as strings.
        ["value"] = double.IsFinite(metric.Value) ? JsonValue.Create(metric.Value) : JsonValue.Create(metric.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ["timestamp"] = metric.Timestamp,
        ["step"] = metric.Step,
    };

    public static JsonObject LoggedModel(StandInLoggedModel model)
    {
        var info = new JsonObject
        {
            ["model_id"] = model.ModelId,
            ["experiment_id"] = model.ExperimentId,
            ["name"] = model.Name,
            ["creation_timestamp_ms"] = model.CreationTimestampMs,
            ["last_updated_timestamp_ms"] = model.LastUpdatedTimestampMs,
            ["artifact_uri"] = model.ArtifactUri,
            ["status"] = model.Status,
        };
        if (model.ModelType is not null)
        {
            info["model_type"] = model.ModelType;
        }

        if (model.SourceRunId is not null)
        {
            info["source_run_id"] = model.SourceRunId;
        }

        if (model.Tags.Count > 0)
        {
            info["tags"] = StandInProtocol.ToJson(model.Tags);
        }

        var data = new JsonObject();
        if (model.Params.Count > 0)
        {
            data["params"] = StandInProtocol.ToJson(model.Params);
        }

        return new JsonObject { ["info"] = info, ["data"] = data };
    }

    /// <summary>Create answers carry no aliases or tags keys; get, alias and search answers add them when present.</summary>
    public static JsonObject ModelVersion(StandInModelVersion version, StandInRegisteredModel model, bool withAliasesAndTags)
    {
        var json = new JsonObject
        {
            ["name"] = version.Name,
            ["version"] = version.Version,
            ["creation_timestamp"] = version.CreationTimestamp,
            ["last_updated_timestamp"] = version.LastUpdatedTimestamp,
            ["current_stage"] = "None",
            ["description"] = version.Description,
            ["source"] = version.Source,
            ["run_id"] = version.RunId,
            ["status"] = "READY",
            ["run_link"] = string.Empty,
        };
        if (!withAliasesAndTags)
        {
            return json;
        }

        var aliases = model.Aliases.Where(pair => pair.Value == version.Version).Select(pair => pair.Key).Order(StringComparer.Ordinal).ToList();
        if (aliases.Count > 0)
        {
            json["aliases"] = new JsonArray(aliases.Select(alias => (JsonNode)JsonValue.Create(alias)).ToArray());
        }

        if (version.Tags.Count > 0)
        {
            json["tags"] = StandInProtocol.ToJson(version.Tags);
        }

        return json;
    }

    public static JsonObject RegisteredModel(StandInRegisteredModel model)
    {
        var json = new JsonObject
        {
            ["name"] = model.Name,
            ["creation_timestamp"] = model.CreationTimestamp,
            ["last_updated_timestamp"] = model.LastUpdatedTimestamp,
            ["description"] = model.Description,
        };
        if (model.Versions.Count > 0)
        {
            json["latest_versions"] = new JsonArray(ModelVersion(model.Versions[^1], model, withAliasesAndTags: false));
        }

        if (model.Tags.Count > 0)
        {
            json["tags"] = StandInProtocol.ToJson(model.Tags);
        }

        if (model.Aliases.Count > 0)
        {
            json["aliases"] = new JsonArray(model.Aliases.OrderBy(pair => pair.Key, StringComparer.Ordinal)
                .Select(pair => (JsonNode)new JsonObject { ["alias"] = pair.Key, ["version"] = pair.Value }).ToArray());
        }

        return json;
    }
}
