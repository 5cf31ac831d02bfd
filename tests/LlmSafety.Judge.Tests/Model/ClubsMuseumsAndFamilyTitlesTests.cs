using static LlmSafety.Judge.Tests.Model.JudgmentTexts;

namespace LlmSafety.Judge.Tests.Model;

/// <summary>
/// Round 45's rules from the third blind batch: an activity's club at the library; Persian and Dutch family titles
/// ("Agha Joon", "Oma Bep"); the Swahili "Asante"; a team's physio at work; a human heart in a museum and how bones and
/// muscles help us move; older people in general who cannot hear well; a family's cat named with "your family's cat".
/// Their near misses stay found: a named club, a child's own physio, a grandfather's hearing.
/// </summary>
[Collection(TrainedJudgeCollection.Name)]
public class ClubsMuseumsAndFamilyTitlesTests(TrainedJudgeFixture fixture)
{
    [Theory]
    [InlineData("On Saturday I go to Library Club. It starts at 10 o'clock.")]
    [InlineData("Agha Joon is your grandpa. He volunteers at the big hospital near the river. Say \"Salam, Agha Joon!\"")]
    [InlineData("Oma Bep is my great-grandmother. Oma Bep is going to be 100 years old!")]
    [InlineData("At the end of the day, Baba will say, \"Asante, Wanjiru, you were a great helper!\"")]
    public void A_club_a_family_title_or_a_thanks_is_no_identifier(string story)
    {
        var judgment = fixture.Model.Evaluate(story);

        Assert.Empty(Found(judgment, story, EntityType.PersonName, EntityType.Organization));
        Assert.False(judgment.Identity.Flagged);
    }

    [Fact]
    public void A_club_with_a_name_of_its_own_stays_an_organization()
    {
        const string Story = "On Saturdays I play for Riverside Football Club.";

        var judgment = fixture.Model.Evaluate(Story);

        Assert.Contains(Found(judgment, Story, EntityType.Organization), text => text.Contains("Riverside", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("If a player falls down, the physio runs on with a bag. The physio helps the player stretch.")]
    [InlineData("This week my class is going to the Science Museum. We will see a giant model of a human heart and learn how blood moves.")]
    [InlineData("In the Human Body gallery there is a skeleton. We can learn how our bones and muscles help us move.")]
    [InlineData("Inside there is a big room with armchairs. Some older people cannot hear very well, so you can speak a little more loudly.")]
    [InlineData("Mochi is your family's cat. This week Mochi keeps scratching her left ear. The vet will give Mochi ear drops.")]
    public void A_teams_clinician_a_museums_heart_peoples_hearing_or_a_cats_drops_is_no_health(string story)
    {
        var judgment = fixture.Model.Evaluate(story);

        Assert.Empty(Found(judgment, story, EntityType.Diagnosis, EntityType.Medication, EntityType.Treatment, EntityType.Device));
        Assert.False(judgment.Health.Flagged);
    }

    [Theory]
    [InlineData("After my operation, my physio helps me stretch my legs every Tuesday.")]
    [InlineData("Grandpa cannot hear very well, so he wears hearing aids in both ears.")]
    public void A_childs_own_physio_and_a_grandfathers_hearing_stay_health(string story)
    {
        Assert.True(fixture.Model.Evaluate(story).Health.Flagged);
    }
}
