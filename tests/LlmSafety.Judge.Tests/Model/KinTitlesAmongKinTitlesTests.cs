namespace LlmSafety.Judge.Tests.Model;

/// <summary>
/// Family words that are given names too ("Lola", "Tia", "Tata", "Mamie") are family titles in a story that puts another
/// family title before another relative's name; a surname after them, or a story with no other title, keeps the name.
/// </summary>
[Collection(TrainedJudgeCollection.Name)]
public class KinTitlesAmongKinTitlesTests(TrainedJudgeFixture fixture)
{
    [Theory]
    [InlineData("I live with Mama, Papa, Lola Cely and my Kuya Jomar. At home we speak Tagalog and English.")]
    [InlineData("Lola Nena wakes me up for Simbang Gabi. In church, I sit beside Tita Baby and hold her hand.")]
    [InlineData("On rainy afternoons, Tia Rosa reads comics with me. Then Tio Marcos makes popcorn.")]
    public void A_family_word_among_family_titles_is_no_name(string story)
    {
        var judgment = fixture.Model.Evaluate(story);

        Assert.False(judgment.Identity.Flagged, string.Join(", ", judgment.Entities.Select(e => story[e.Start..e.End])));
    }

    [Theory]
    [InlineData("Lola Bennett and Tita Baby come to the party too.", "Lola Bennett")]
    [InlineData("My friend Lola Oyelaran sits next to me, and Tita Baby brings snacks.", "Lola Oyelaran")]
    [InlineData("A girl named Tia Mensah joins our class. Tio Marcos picks me up.", "Tia Mensah")]
    public void A_surname_or_a_friend_keeps_the_name(string story, string name)
    {
        var judgment = fixture.Model.Evaluate(story);

        Assert.True(judgment.Identity.Flagged);
        Assert.Contains(judgment.Entities, e => e.Type == EntityType.PersonName && story[e.Start..e.End] == name);
    }
}
