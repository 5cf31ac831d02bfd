namespace LlmSafety.Judge.Policy;

/// <summary>
/// Lays a per-request policy over the model's policy within <see cref="PolicyLimits"/>: tightening is always
/// honoured, loosening is clamped at the floors. Requested severities for unlisted types fall back to the model's.
/// </summary>
public static class PolicyMerger
{
    public static JudgePolicy Merge(JudgePolicy model, JudgePolicy? request, PolicyLimits limits)
    {
        if (request is null)
        {
            return model;
        }

        var severities = new Dictionary<EntityType, Severity>(model.Severities);
        foreach (var (type, requested) in request.Severities)
        {
            var floor = limits.SeverityFloors.TryGetValue(type, out var f) ? f : Severity.Low;
            severities[type] = requested < floor ? floor : requested;
        }

        return new JudgePolicy
        {
            AllowedNames = request.AllowedNames
                .Where(name => !string.IsNullOrWhiteSpace(name) && WordCount(name) <= limits.MaxWordsPerAllowedName)
                .Concat(model.AllowedNames)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .Take(limits.MaxAllowedNames + model.AllowedNames.Count)
                .ToArray(),
            AllowBareFirstNames = model.AllowBareFirstNames && request.AllowBareFirstNames,
            IdentityThreshold = ClampThreshold(request.IdentityThreshold, model.IdentityThreshold, limits),
            HealthThreshold = ClampThreshold(request.HealthThreshold, model.HealthThreshold, limits),
            ReviewBand = Math.Clamp(request.ReviewBand, 0, limits.MaxReviewBand),
            Severities = severities,
        };
    }

    private static double ClampThreshold(double requested, double model, PolicyLimits limits)
    {
        var ceiling = Math.Min(limits.ThresholdCeiling, model + limits.MaxThresholdIncrease);
        return Math.Clamp(double.IsFinite(requested) ? requested : model, limits.ThresholdFloor, Math.Max(limits.ThresholdFloor, ceiling));
    }

    private static int WordCount(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length;
}
