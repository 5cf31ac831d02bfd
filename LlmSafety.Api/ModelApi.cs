using System.Collections.Frozen;
using LlmSafety.Api.Infrastructure.Judging;
using LlmSafety.Api.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LlmSafety.Api;

public static class ModelApi
{
    // Only the evaluation writer's fixed file names are served, so no request can name a path of its own.
    private static readonly FrozenDictionary<string, string> Artifacts = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["report.md"] = "text/markdown; charset=utf-8",
        ["report.json"] = "application/json",
        ["pr-curve-identity.png"] = "image/png",
        ["pr-curve-health.png"] = "image/png",
        ["confusion-identity.png"] = "image/png",
        ["confusion-health.png"] = "image/png",
        ["reliability.png"] = "image/png",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static RouteGroupBuilder MapModelApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/model").WithTags("Model");

        group.MapGet(string.Empty, GetModel)
            .WithName("GetModel")
            .WithSummary("The judge model serving judgments now")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        group.MapGet("/versions", GetVersionsAsync)
            .WithName("GetModelVersions")
            .WithSummary("Registered versions of the judge model, newest first, with promotion outcomes and metrics");

        group.MapGet("/artifacts/{fileName}", GetArtifact)
            .WithName("GetModelArtifact")
            .WithSummary("An evaluation artifact of the serving model: " + string.Join(", ", Artifacts.Keys.Order(StringComparer.Ordinal)))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        return group;
    }

    private static Ok<ModelInfoResponse> GetModel(IJudgeHolder judges)
    {
        var model = (judges.Current ?? throw new NoModelLoadedException()).Descriptor;
        return TypedResults.Ok(new ModelInfoResponse(
            model.Name,
            model.Version,
            model.Alias,
            model.Source,
            model.RunId,
            model.TrackingUri,
            model.MlflowRunUrl,
            model.Metrics,
            model.TrainedAt,
            model.LoadedAt));
    }

    private static async Task<Ok<IReadOnlyList<ModelVersionResponse>>> GetVersionsAsync(IModelCatalog catalog, CancellationToken cancellationToken) =>
        TypedResults.Ok(await catalog.ListVersionsAsync(cancellationToken));

    private static Results<PhysicalFileHttpResult, ProblemHttpResult> GetArtifact(string fileName, IJudgeHolder judges)
    {
        var model = (judges.Current ?? throw new NoModelLoadedException()).Descriptor;
        if (!Artifacts.TryGetValue(fileName, out var contentType))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Unknown artifact",
                detail: $"Artifacts are: {string.Join(", ", Artifacts.Keys.Order(StringComparer.Ordinal))}.");
        }

        var path = model.ArtifactsFolder is null ? null : Path.Combine(model.ArtifactsFolder, fileName);
        if (path is null || !File.Exists(path))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Artifact not found",
                detail: $"Model version {model.Version} has no {fileName}.");
        }

        return TypedResults.PhysicalFile(Path.GetFullPath(path), contentType);
    }
}
