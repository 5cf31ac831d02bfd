namespace LlmSafety.Api.Model;

/// <summary>Body of <c>GET /v1/stats</c>: counts since this process started.</summary>
public sealed record StatsResponse(DateTimeOffset Since, JudgmentCounts Judgments, CacheCounts Cache, LatencyPercentiles LatencyMs);

public sealed record JudgmentCounts(long Total, long Safe, long Review, long Unsafe);

public sealed record CacheCounts(long Hits, long Misses, double HitRatio);

public sealed record LatencyPercentiles(double P50, double P95, double P99);
