using System.Text.RegularExpressions;
using LlmSafety.Web.Services;

namespace LlmSafety.Web.Endpoints;

/// <summary>
/// Serves the champion's plots and report from this site's own origin, so the browser never needs the API's
/// address (or its key) to show an <c>&lt;img&gt;</c>.
/// </summary>
public static partial class ModelArtifactProxyApi
{
    public const string RoutePrefix = "/model-artifacts";

    public static IEndpointRouteBuilder MapModelArtifactProxy(this IEndpointRouteBuilder app)
    {
        app.MapGet(RoutePrefix + "/{fileName}", GetArtifactAsync)
            .WithName("GetModelArtifact")
            .WithSummary("The champion model's evaluation plot or report, fetched from the judge API.");
        return app;
    }

    public static string UrlFor(string fileName) => $"{RoutePrefix}/{Uri.EscapeDataString(fileName)}";

    private static async Task<IResult> GetArtifactAsync(string fileName, JudgeApiClient api, CancellationToken cancellationToken)
    {
        if (!ArtifactFileName().IsMatch(fileName) || fileName.Contains("..", StringComparison.Ordinal))
        {
            return TypedResults.Problem(
                title: "Invalid artifact file name.",
                detail: "fileName must be a plain file name such as pr-curve-identity.png (letters, digits, '.', '_' or '-').",
                statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["field"] = "fileName" });
        }

        try
        {
            var artifact = await api.GetModelArtifactAsync(fileName, cancellationToken);
            if (artifact is null)
            {
                return TypedResults.Problem(
                    title: "No such model artifact.",
                    detail: "The champion model has no evaluation file with this fileName.",
                    statusCode: StatusCodes.Status404NotFound,
                    extensions: new Dictionary<string, object?> { ["field"] = "fileName" });
            }

            return TypedResults.File(artifact.Content.ToArray(), artifact.ContentType);
        }
        catch (JudgeApiUnavailableException exception)
        {
            return TypedResults.Problem(
                title: "The judge API is not available.",
                detail: exception.Problem?.Detail ?? "The model's files cannot be fetched right now; try again shortly.",
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        catch (JudgeApiRejectedException exception)
        {
            return TypedResults.Problem(
                title: "The judge API refused the artifact request.",
                detail: exception.Problem?.Detail,
                statusCode: StatusCodes.Status502BadGateway);
        }
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,128}$", RegexOptions.CultureInvariant)]
    private static partial Regex ArtifactFileName();
}
