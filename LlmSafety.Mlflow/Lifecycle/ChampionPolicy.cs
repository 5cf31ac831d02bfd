using System.Globalization;

namespace LlmSafety.Mlflow.Lifecycle;

/// <summary>
/// Decides whether a candidate replaces the champion: it must meet every absolute floor, must not drop on any gating
/// metric, and must improve at least one gating metric by the configured margin. The first champion only needs the floors.
/// </summary>
public sealed class ChampionPolicy(ChampionPolicyOptions options)
{
    // Two runs evaluated on the same data can differ in the last bits of a double without being different.
    private const double Tolerance = 1e-9;

    public ChampionPolicyOptions Options => options;

    public PromotionDecision Decide(
        IReadOnlyDictionary<string, double> candidateMetrics,
        string? championVersion,
        IReadOnlyDictionary<string, double>? championMetrics)
    {
        foreach (var (metric, floor) in options.Floors.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            if (!candidateMetrics.TryGetValue(metric, out var value) || double.IsNaN(value))
            {
                return new PromotionDecision(false, $"{metric} missing (floor {Format(floor)})");
            }

            if (value < floor - Tolerance)
            {
                return new PromotionDecision(false, $"{metric} {Format(value)} < floor {Format(floor)}");
            }
        }

        foreach (var metric in options.GatingMetrics)
        {
            if (!candidateMetrics.TryGetValue(metric, out var value) || double.IsNaN(value))
            {
                return new PromotionDecision(false, $"{metric} missing (gating metric)");
            }
        }

        if (championVersion is null)
        {
            return new PromotionDecision(true, "first version meeting the floors; no champion yet");
        }

        var champion = championMetrics ?? new Dictionary<string, double>();
        var improvements = new List<string>();
        foreach (var metric in options.GatingMetrics)
        {
            var candidateValue = candidateMetrics[metric];
            if (!champion.TryGetValue(metric, out var championValue) || double.IsNaN(championValue))
            {
                improvements.Add($"{metric} {Format(candidateValue)} (champion v{championVersion} has none)");
                continue;
            }

            if (candidateValue < championValue - Tolerance)
            {
                return new PromotionDecision(false, $"{metric} {Format(candidateValue)} < champion {Format(championValue)} (v{championVersion})");
            }

            if (candidateValue >= championValue + options.MinimumImprovement - Tolerance)
            {
                improvements.Add($"{metric} {Format(candidateValue)} > champion {Format(championValue)}");
            }
        }

        return improvements.Count > 0
            ? new PromotionDecision(true, $"{string.Join("; ", improvements)} (v{championVersion})")
            : new PromotionDecision(false, $"no gating metric improved by >= {Format(options.MinimumImprovement)} over champion v{championVersion}");
    }

    private static string Format(double value) => value.ToString("0.000##", CultureInfo.InvariantCulture);
}
