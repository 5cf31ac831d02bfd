using LlmSafety.Mlflow.Lifecycle;

namespace LlmSafety.Mlflow.Tests.Lifecycle;

public sealed class ChampionPolicyTests
{
    private static readonly ChampionPolicy Policy = new(ChampionPolicyOptions.CreateDefault());

    private static Dictionary<string, double> Good(double identityF2 = 0.98, double healthF2 = 0.97) => new()
    {
        ["identity.f2"] = identityF2,
        ["health.f2"] = healthF2,
        ["identity.recall"] = 0.995,
        ["health.recall"] = 0.985,
        ["identity.precision"] = 0.98,
        ["health.precision"] = 0.975,
    };

    [Fact]
    public void First_version_meeting_the_floors_is_promoted()
    {
        var decision = Policy.Decide(Good(), null, null);
        Assert.True(decision.Promote);
        Assert.Contains("no champion", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_floor_miss_is_rejected_even_without_a_champion()
    {
        var metrics = Good();
        metrics["health.recall"] = 0.94;
        Assert.Equal(new PromotionDecision(false, "health.recall 0.940 < floor 0.950"), Policy.Decide(metrics, null, null));
    }

    [Fact]
    public void A_drop_on_any_gating_metric_is_rejected_with_both_values()
    {
        var decision = Policy.Decide(Good(identityF2: 0.99, healthF2: 0.961), "1", Good(identityF2: 0.98, healthF2: 0.982));
        Assert.Equal(new PromotionDecision(false, "health.f2 0.961 < champion 0.982 (v1)"), decision);
    }

    [Fact]
    public void An_improvement_smaller_than_the_margin_is_not_enough()
    {
        var decision = Policy.Decide(Good(identityF2: 0.9805), "3", Good(identityF2: 0.98));
        Assert.False(decision.Promote);
        Assert.Contains("no gating metric improved", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_improvement_by_the_margin_without_drops_is_promoted()
    {
        var decision = Policy.Decide(Good(identityF2: 0.99), "3", Good(identityF2: 0.98));
        Assert.True(decision.Promote);
        Assert.Contains("identity.f2 0.990 > champion 0.980", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_gating_metric_is_rejected()
    {
        var metrics = Good();
        metrics.Remove("health.f2");
        Assert.False(Policy.Decide(metrics, null, null).Promote);
    }
}
