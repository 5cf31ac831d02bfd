namespace LlmSafety.Web.Model;

public sealed record CacheCounts(long Hits, long Misses, double HitRatio);
