using static LlmSafety.Judge.Tests.Model.JudgmentTexts;

namespace LlmSafety.Judge.Tests.Model;

/// <summary>
/// Where the tagger cuts a health span short, the engine mends the edge rather than dropping the span: a hyphenated
/// word is taken whole, and a connector right before a clinician word takes the clinician in.
/// </summary>
[Collection(TrainedJudgeCollection.Name)]
public class HealthSpanEdgeTests(TrainedJudgeFixture fixture)
{
    [Theory]
    [InlineData("My speech-generating tablet goes everywhere with me, even to the park.", "speech-generating tablet")]
    [InlineData("Other kids sometimes ask about my fidget cushion from the therapist, and I can explain it.", "therapist")]
    public void A_cut_health_span_is_mended_not_dropped(string story, string part)
    {
        var judgment = fixture.Model.Evaluate(story);

        Assert.Contains(Found(judgment, story, EntityType.Device, EntityType.Medication, EntityType.Treatment), found => found.Contains(part, StringComparison.Ordinal));
        Assert.True(judgment.Health.Flagged);
    }

    [Fact]
    public void A_hyphenated_word_without_a_health_word_stays_a_frame()
    {
        const string story = "My grown-ups want to help me stay safe when we cross the road.";

        var judgment = fixture.Model.Evaluate(story);

        Assert.False(judgment.Health.Flagged);
    }
}
