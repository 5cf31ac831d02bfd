using LlmSafety.Api.Model;
using LlmSafety.Judge;

namespace LlmSafety.Api.Infrastructure.Statistics;

/// <summary>Process-lifetime counts for <c>GET /v1/stats</c>; every update is a single interlocked operation.</summary>
public sealed class JudgmentStatistics(TimeProvider timeProvider)
{
    private readonly DateTimeOffset since = timeProvider.GetUtcNow();
    private readonly LatencyReservoir latencies = new();
    private long safe;
    private long review;
    private long @unsafe;
    private long hits;
    private long misses;

    public void Record(Verdict verdict, bool cacheHit, double durationMs)
    {
        switch (verdict)
        {
            case Verdict.Safe:
                Interlocked.Increment(ref safe);
                break;
            case Verdict.Review:
                Interlocked.Increment(ref review);
                break;
            default:
                Interlocked.Increment(ref @unsafe);
                break;
        }

        Interlocked.Increment(ref cacheHit ? ref hits : ref misses);
        latencies.Record(durationMs);
    }

    public StatsResponse Snapshot()
    {
        long safeCount = Interlocked.Read(ref safe), reviewCount = Interlocked.Read(ref review), unsafeCount = Interlocked.Read(ref @unsafe);
        long hitCount = Interlocked.Read(ref hits), missCount = Interlocked.Read(ref misses);
        var lookups = hitCount + missCount;
        var percentiles = latencies.Percentiles(50, 95, 99);
        return new StatsResponse(
            since,
            new JudgmentCounts(safeCount + reviewCount + unsafeCount, safeCount, reviewCount, unsafeCount),
            new CacheCounts(hitCount, missCount, lookups == 0 ? 0 : (double)hitCount / lookups),
            new LatencyPercentiles(Math.Round(percentiles[0], 3), Math.Round(percentiles[1], 3), Math.Round(percentiles[2], 3)));
    }
}
