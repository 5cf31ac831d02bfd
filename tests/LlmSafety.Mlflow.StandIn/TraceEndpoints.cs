using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace LlmSafety.Mlflow.StandIn;

/// <summary>
/// OTLP/HTTP trace ingestion at <c>/v1/traces</c> as MLflow 3.6+ does it: the experiment comes from the
/// <c>x-mlflow-experiment-id</c> header (missing 422, unknown 404), protobuf or JSON bodies only (else 400).
/// </summary>
internal static class TraceEndpoints
{
    public const string ExperimentHeader = "x-mlflow-experiment-id";

    public static void Map(WebApplication app, StandInState state)
    {
        app.MapPost("/v1/traces", async (HttpContext context) =>
        {
            var experimentId = context.Request.Headers[ExperimentHeader].ToString();
            if (experimentId.Length == 0)
            {
                return Results.Json(
                    new { detail = new[] { new { type = "missing", loc = new[] { "header", ExperimentHeader }, msg = "Field required" } } },
                    statusCode: StatusCodes.Status422UnprocessableEntity);
            }

            var contentType = context.Request.ContentType ?? string.Empty;
            var isProtobuf = contentType.StartsWith("application/x-protobuf", StringComparison.OrdinalIgnoreCase);
            var isJson = contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase);
            if (!isProtobuf && !isJson)
            {
                return Results.Json(new { detail = $"Unsupported Content-Type: {contentType}" }, statusCode: StatusCodes.Status400BadRequest);
            }

            lock (state.Gate)
            {
                if (state.Experiments.All(experiment => experiment.Id != experimentId))
                {
                    return Results.Json(new { detail = $"Experiment {experimentId} not found" }, statusCode: StatusCodes.Status404NotFound);
                }
            }

            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
            int spans;
            try
            {
                spans = isProtobuf
                    ? OtlpSpanCounter.CountProtobuf(buffer.ToArray())
                    : OtlpSpanCounter.CountJson(JsonNode.Parse(buffer.ToArray()));
            }
            catch (Exception exception) when (exception is FormatException or JsonException)
            {
                return Results.Json(new { detail = "Invalid OTLP payload" }, statusCode: StatusCodes.Status400BadRequest);
            }

            state.TraceExports.Enqueue(new RecordedTraceExport(experimentId, isProtobuf ? "application/x-protobuf" : "application/json", spans));
            return Results.Bytes([], "application/x-protobuf");
        });
    }
}
