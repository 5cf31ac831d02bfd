namespace LlmSafety.Judge.Tests.Model;

/// <summary>
/// After "Ms.", "Mrs." or "Mr." a surname is the rule; a woman's or a man's English given name that no locale has as a
/// surname is the teacher's first name ("Ms. Jenny"), a bare first name.
/// </summary>
[Collection(TrainedJudgeCollection.Name)]
public class TitledEnglishGivenNameTests(TrainedJudgeFixture fixture)
{
    [Theory]
    [InlineData("Ms. Jenny at school says switching off is a grown-up skill. I am getting good at it!")]
    [InlineData("The newsletter from Ms. Jenny says the class will visit the library on Friday.")]
    [InlineData("Mrs. Rachel reads us a story after lunch, and then we go outside.")]
    public void A_title_before_an_english_given_name_is_no_identifier(string story)
    {
        var judgment = fixture.Model.Evaluate(story);

        Assert.False(judgment.Identity.Flagged, string.Join(", ", judgment.Entities.Select(e => story[e.Start..e.End])));
    }

    [Theory]
    [InlineData("Mrs. Fernando reads us a story after lunch.", "Fernando")] // a man's given name after "Mrs."
    [InlineData("Ms. Hadley reads us a story after lunch.", "Hadley")] // on no list of women's or men's names
    [InlineData("Mrs. Okafor reads us a story after lunch.", "Okafor")]
    public void A_title_before_any_other_word_is_a_surname(string story, string surname)
    {
        var judgment = fixture.Model.Evaluate(story);

        Assert.True(judgment.Identity.Flagged);
        Assert.DoesNotContain(surname, judgment.RedactedText, StringComparison.Ordinal);
    }
}
