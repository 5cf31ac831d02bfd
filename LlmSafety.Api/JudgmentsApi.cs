using LlmSafety.Api.Infrastructure.Judging;
using LlmSafety.Api.Infrastructure.Validation;
using LlmSafety.Api.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LlmSafety.Api;

public static class JudgmentsApi
{
    public static RouteGroupBuilder MapJudgmentsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/judgments").WithTags("Judgments");

        group.MapPost(string.Empty, JudgeAsync)
            .WithName("JudgeText")
            .WithSummary("Judge one text for identity and health disclosures")
            .WithDescription("Returns the verdict, calibrated category scores, entity spans with placeholders and the redacted text. 503 when no model is loaded: nothing is passed as safe by default.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        group.MapPost("/batch", JudgeBatchAsync)
            .WithName("JudgeBatch")
            .WithSummary($"Judge up to {BatchJudgmentRequest.MaxItems} texts in one request")
            .WithDescription($"Each item is judged with the model's default policy plus its own allowed names. More than {BatchJudgmentRequest.MaxItems} items is a 400.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        return group;
    }

    private static async Task<Results<Ok<JudgmentResponse>, ValidationProblem>> JudgeAsync(
        JudgmentRequest request,
        JudgmentService judgments,
        CancellationToken cancellationToken)
    {
        var errors = RequestValidator.Validate(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var judged = await judgments.JudgeAsync(request.Text!, request.ToOverrides(), cancellationToken);
        return TypedResults.Ok(judged.ToResponse());
    }

    private static async Task<Results<Ok<BatchJudgmentResponse>, ValidationProblem>> JudgeBatchAsync(
        BatchJudgmentRequest request,
        JudgmentService judgments,
        CancellationToken cancellationToken)
    {
        var errors = RequestValidator.Validate(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var model = judgments.Pin();
        var results = new List<BatchJudgmentResult>(request.Items!.Count);
        foreach (var item in request.Items)
        {
            var judged = await judgments.JudgeAsync(model, item!.Text!, new JudgePolicyOverrides(item.AllowedNames ?? []), cancellationToken);
            results.Add(new BatchJudgmentResult(item.Id, judged.ToResponse()));
        }

        return TypedResults.Ok(new BatchJudgmentResponse(results));
    }
}
