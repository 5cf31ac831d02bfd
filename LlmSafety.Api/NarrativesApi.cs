using LlmSafety.Api.Infrastructure.Judging;
using LlmSafety.Api.Infrastructure.Llm;
using LlmSafety.Api.Infrastructure.Narratives;
using LlmSafety.Api.Infrastructure.Validation;
using LlmSafety.Api.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LlmSafety.Api;

public static class NarrativesApi
{
    public static RouteGroupBuilder MapNarrativesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/narratives").WithTags("Narratives");

        group.MapPost(string.Empty, GenerateAsync)
            .WithName("GenerateNarrative")
            .WithSummary("Write a social story with the LLM, judge it, and return the version that is safe to keep")
            .WithDescription("onUnsafe: redact (default) returns the judge's redacted text; regenerate asks the LLM again with a stricter instruction (bounded attempts, each judged) and redacts if still not safe; block returns no narrative.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status502BadGateway)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        group.MapPost("/stream", StreamAsync)
            .WithName("StreamNarrative")
            .WithSummary("Write a social story as server-sent events")
            .WithDescription("Events: 'delta' {\"text\"} for each sentence the judge found safe so far, then 'judgment' with the full POST /v1/narratives response, or 'error' with problem details.")
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        return group;
    }

    private static async Task<Results<Ok<NarrativeResponse>, ValidationProblem>> GenerateAsync(
        GenerateNarrativeRequest request,
        IChatClientFactory chatClients,
        IJudgeHolder judges,
        NarrativeWriter writer,
        CancellationToken cancellationToken)
    {
        var errors = RequestValidator.Validate(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var llm = PrepareGeneration(request, chatClients, judges);
        return TypedResults.Ok(await writer.WriteAsync(request, llm, cancellationToken));
    }

    private static async Task<Results<EmptyHttpResult, ValidationProblem>> StreamAsync(
        GenerateNarrativeRequest request,
        HttpContext context,
        IChatClientFactory chatClients,
        IJudgeHolder judges,
        NarrativeStreamer streamer)
    {
        var errors = RequestValidator.Validate(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var llm = PrepareGeneration(request, chatClients, judges);
        await streamer.StreamAsync(context, request, llm);
        return TypedResults.Empty;
    }

    // Without a judge no story could be returned, so refuse before spending an LLM call.
    private static LlmClient PrepareGeneration(GenerateNarrativeRequest request, IChatClientFactory chatClients, IJudgeHolder judges)
    {
        if (judges.Current is null)
        {
            throw new NoModelLoadedException();
        }

        return chatClients.Get(request.Provider ?? chatClients.DefaultProvider);
    }
}
