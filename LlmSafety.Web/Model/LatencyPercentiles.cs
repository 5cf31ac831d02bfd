namespace LlmSafety.Web.Model;

public sealed record LatencyPercentiles(double P50, double P95, double P99);
