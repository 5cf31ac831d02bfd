using LlmSafety.Judge.Policy;

namespace LlmSafety.Judge.Tests.Policy;

public class VerdictRulesTests
{
    private static CategoryResult Score(double score) => new(score, score >= 0.5, 0.5);

    private static DetectedEntity Entity(EntityType type, Severity severity) =>
        new(type, EntityCategories.Of(type), 0, 4, 0.9, severity, "test");

    [Fact]
    public void Unsafe_when_a_high_severity_identifier_is_present()
    {
        var (verdict, reasons) = VerdictRules.Decide(Score(0.9), Score(0.0), [Entity(EntityType.Phone, Severity.High)], 0.15);

        Assert.Equal(Verdict.Unsafe, verdict);
        Assert.Contains("high-severity:PHONE", reasons);
    }

    [Fact]
    public void Unsafe_when_identity_and_health_both_fire()
    {
        var (verdict, reasons) = VerdictRules.Decide(Score(0.8), Score(0.9), [Entity(EntityType.Organization, Severity.Medium)], 0.15);

        Assert.Equal(Verdict.Unsafe, verdict);
        Assert.Contains("phi:identity+health", reasons);
    }

    [Fact]
    public void Review_for_a_medium_severity_finding_alone()
    {
        var (verdict, _) = VerdictRules.Decide(Score(0.1), Score(0.9), [Entity(EntityType.Diagnosis, Severity.Medium)], 0.15);

        Assert.Equal(Verdict.Review, verdict);
    }

    [Fact]
    public void Review_for_a_score_in_the_uncertain_band_below_the_threshold()
    {
        var (verdict, reasons) = VerdictRules.Decide(Score(0.4), Score(0.0), [], 0.15);

        Assert.Equal(Verdict.Review, verdict);
        Assert.Equal(["uncertain:identity"], reasons);
    }

    [Fact]
    public void Safe_when_nothing_is_found_and_scores_are_low()
    {
        var (verdict, reasons) = VerdictRules.Decide(Score(0.05), Score(0.1), [Entity(EntityType.Device, Severity.Low)], 0.15);

        Assert.Equal(Verdict.Safe, verdict);
        Assert.Empty(reasons);
    }
}
