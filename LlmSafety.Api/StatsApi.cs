using LlmSafety.Api.Infrastructure.Statistics;
using LlmSafety.Api.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LlmSafety.Api;

public static class StatsApi
{
    public static RouteGroupBuilder MapStatsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/stats").WithTags("Stats");

        group.MapGet(string.Empty, (JudgmentStatistics statistics) => TypedResults.Ok(statistics.Snapshot()))
            .WithName("GetStats")
            .WithSummary("Verdict counts, cache hit ratio and judgment latency percentiles since the Api started")
            .Produces<StatsResponse>();

        return group;
    }
}
