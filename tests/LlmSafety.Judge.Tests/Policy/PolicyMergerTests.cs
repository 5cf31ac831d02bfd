using LlmSafety.Judge.Policy;

namespace LlmSafety.Judge.Tests.Policy;

public class PolicyMergerTests
{
    private static readonly JudgePolicy Model = DefaultPolicy.Create(identityThreshold: 0.4, healthThreshold: 0.3);
    private static readonly PolicyLimits Limits = new();

    [Fact]
    public void No_request_policy_keeps_the_model_policy()
    {
        Assert.Same(Model, PolicyMerger.Merge(Model, null, Limits));
    }

    [Fact]
    public void A_request_may_lower_thresholds_to_tighten()
    {
        var merged = PolicyMerger.Merge(Model, Model with { IdentityThreshold = 0.1, HealthThreshold = 0.05 }, Limits);

        Assert.Equal(0.1, merged.IdentityThreshold);
        Assert.Equal(0.05, merged.HealthThreshold);
    }

    [Fact]
    public void Raising_a_threshold_is_capped_at_the_model_threshold_plus_the_allowed_increase()
    {
        var merged = PolicyMerger.Merge(Model, Model with { IdentityThreshold = 0.99, HealthThreshold = 0.35 }, Limits);

        Assert.Equal(0.5, merged.IdentityThreshold, 6);
        Assert.Equal(0.35, merged.HealthThreshold, 6);
    }

    [Fact]
    public void Severities_may_rise_but_never_drop_below_their_floor()
    {
        var request = Model with
        {
            Severities = new Dictionary<EntityType, Severity>
            {
                [EntityType.Phone] = Severity.Low,
                [EntityType.Device] = Severity.High,
                [EntityType.Url] = Severity.Low,
            },
        };

        var merged = PolicyMerger.Merge(Model, request, Limits);

        Assert.Equal(Severity.High, merged.Severities[EntityType.Phone]);
        Assert.Equal(Severity.High, merged.Severities[EntityType.Device]);
        Assert.Equal(Severity.Low, merged.Severities[EntityType.Url]);
        Assert.Equal(Severity.High, merged.Severities[EntityType.Email]);
    }

    [Fact]
    public void Allowed_names_accept_single_names_but_not_full_names()
    {
        var merged = PolicyMerger.Merge(Model, Model with { AllowedNames = ["Liam", "Liam Okafor", " "] }, Limits);

        Assert.Equal(["Liam"], merged.AllowedNames);
    }

    [Fact]
    public void A_request_can_forbid_bare_first_names_but_cannot_allow_them_when_the_model_forbids_them()
    {
        Assert.False(PolicyMerger.Merge(Model, Model with { AllowBareFirstNames = false }, Limits).AllowBareFirstNames);
        var strictModel = Model with { AllowBareFirstNames = false };
        Assert.False(PolicyMerger.Merge(strictModel, strictModel with { AllowBareFirstNames = true }, Limits).AllowBareFirstNames);
    }
}
