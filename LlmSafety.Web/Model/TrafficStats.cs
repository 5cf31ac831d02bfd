namespace LlmSafety.Web.Model;

/// <summary>What the API has been doing since it started (<c>GET /v1/stats</c>).</summary>
public sealed record TrafficStats(DateTimeOffset Since, VerdictCounts Judgments, CacheCounts Cache, LatencyPercentiles LatencyMs);
