namespace LlmSafety.Mlflow.Lifecycle;

/// <summary>
/// <c>ChampionPolicy</c> section: which metrics gate a promotion and the absolute floors a candidate must meet.
/// Metric names are the run's metric keys (e.g. <c>identity.f2</c>, <c>health.recall</c>).
/// </summary>
public sealed class ChampionPolicyOptions
{
    public const string SectionName = "ChampionPolicy";

    public const string ChampionAlias = "champion";

    /// <summary>None of these may drop below the champion's value, and at least one must improve by <see cref="MinimumImprovement"/>.</summary>
    public IList<string> GatingMetrics { get; } = [];

    public double MinimumImprovement { get; set; } = 0.002;

    /// <summary>Metric → lowest acceptable value, regardless of the champion.</summary>
    public IDictionary<string, double> Floors { get; } = new Dictionary<string, double>(StringComparer.Ordinal);

    public string Alias { get; set; } = ChampionAlias;

    /// <summary>
    /// The judge's defaults: recall matters most for disclosures, so recall floors sit above precision floors. They are
    /// the bar the current judge design clears on the default simulated data (docs/JUDGE.md), not the product targets;
    /// raise them with ChampionPolicy:Floors:&lt;metric&gt; as the judge improves.
    /// </summary>
    public static ChampionPolicyOptions CreateDefault()
    {
        var options = new ChampionPolicyOptions();
        options.ApplyDefaultsWhereEmpty();
        return options;
    }

    public void ApplyDefaultsWhereEmpty()
    {
        if (GatingMetrics.Count == 0)
        {
            GatingMetrics.Add("identity.f2");
            GatingMetrics.Add("health.f2");
        }

        if (Floors.Count == 0)
        {
            Floors["identity.recall"] = 0.95;
            Floors["health.recall"] = 0.95;
            Floors["identity.precision"] = 0.90;
            Floors["health.precision"] = 0.85;
        }
    }
}
