using LlmSafety.Judge.Policy;
using LlmSafety.Judge.Tests.Model;
using LlmSafety.Judge.Tests.Scoring;

namespace LlmSafety.Judge.Tests.Policy;

/// <summary>
/// A capitalised phrase of words of another language is no person's name; a name
/// list word, a title or a word that introduces a name keeps it one.
/// </summary>
public class OtherLanguagePhraseTests
{
    private static bool IsPhrase(string sentence, string spanText)
    {
        var (analyzed, span) = HandTaggedSpans.Over(sentence, spanText, EntityType.PersonName);
        return OtherLanguagePhrases.IsPhrase(analyzed, span);
    }

    [Theory]
    [InlineData("After running fast in Educação Física, I rest.", "Educação Física", true)]
    [InlineData("My favourite lesson is Ciencias Naturales.", "Ciencias Naturales", true)]
    [InlineData("Everyone sings Maligayang Bati and claps.", "Maligayang Bati", true)]
    [InlineData("The page says Mein Nachmittag at the top.", "Mein Nachmittag", true)]
    [InlineData("The sign says VIETATO TOCCARE in red.", "VIETATO TOCCARE", true)]
    [InlineData("We visit the Circuito Mágico del Agua at night.", "Circuito Mágico del Agua", true)]
    [InlineData("The parade for Mardi Gras is very loud.", "Mardi Gras", true)]
    [InlineData("Today Ana Torres visits our class.", "Ana Torres", false)] // a given name
    [InlineData("Frau Lehmann reads to us.", "Frau Lehmann", false)] // a title
    [InlineData("Maestra Ferri reads to us.", "Maestra Ferri", false)] // a role word
    [InlineData("We meet a girl named Flor Blanca.", "Flor Blanca", false)] // introduced
    [InlineData("Sana Sultani will be off school on the day of Eid.", "Sana Sultani", false)]
    [InlineData("My friend Chidi Okafor sits with me.", "Chidi Okafor", false)]
    [InlineData("Shona Zulu sits next to me in class.", "Shona Zulu", false)] // a person's verb after it
    [InlineData("I like Shona Zulu's drawings.", "Shona Zulu", false)]
    [InlineData("Shona Zulu and I build a tower.", "Shona Zulu", false)]
    [InlineData("My teacher is Profe Zurita.", "Profe Zurita", false)]
    [InlineData("Then Musica plays.", "Musica", false)] // one word is never a phrase
    public void A_phrase_of_other_languages_is_no_name(string sentence, string spanText, bool phrase) =>
        Assert.Equal(phrase, IsPhrase(sentence, spanText));
}

/// <summary>The trained judge on the other-language phrases of the blind stories (sets 204, 208, 211 and 222).</summary>
[Collection(TrainedJudgeCollection.Name)]
public class OtherLanguagePhraseJudgeTests(TrainedJudgeFixture fixture)
{
    [Theory]
    [InlineData("The blue inhaler is for when my chest gets tight, like after running fast in Educação Física.")]
    [InlineData("Then everyone sings \"Happy Birthday\" and \"Maligayang Bati.\" The singing is loud and happy.")]
    [InlineData("On Saturday we go to the Circuito Mágico del Agua. The fountains dance to music.")]
    public void The_phrase_flags_no_identity(string story)
    {
        var judgment = fixture.Model.Evaluate(story);

        Assert.False(judgment.Identity.Flagged, string.Join(", ", judgment.Entities.Select(e => $"{e.Type} {story[e.Start..e.End]}")));
    }

    [Fact]
    public void A_full_name_of_words_of_those_languages_is_still_found()
    {
        const string story = "Dear Class 4 team, Sana Sultani will be off school on the day of Eid.";

        var judgment = fixture.Model.Evaluate(story);

        Assert.True(judgment.Identity.Flagged);
        Assert.DoesNotContain("Sultani", judgment.RedactedText, StringComparison.Ordinal);
    }
}
