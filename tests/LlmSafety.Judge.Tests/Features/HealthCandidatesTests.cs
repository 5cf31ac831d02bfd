using LlmSafety.Judge.Features;

namespace LlmSafety.Judge.Tests.Features;

public class HealthCandidatesTests
{
    private static List<(string Text, EntityType Type)> Find(string text)
    {
        var analyzed = AnalyzedText.Analyze(text);
        return HealthCandidates.Find(analyzed).ConvertAll(c =>
        {
            var (start, end) = analyzed.Normalized.ToOriginal(analyzed.Tokens[c.FirstToken].Start, analyzed.Tokens[c.LastToken].End);
            return (text[start..end], c.Type);
        });
    }

    [Fact]
    public void Each_health_list_word_or_phrase_is_one_candidate_of_its_list()
    {
        Assert.Equal(
            [("glucagon", EntityType.Medication), ("peak flow meter", EntityType.Device), ("cerebral palsy", EntityType.Diagnosis), ("speech therapy", EntityType.Treatment)],
            Find("Grandpa keeps her glucagon and her peak flow meter in the bag. Her cerebral palsy means speech therapy on Fridays."));
    }

    [Fact]
    public void A_phrase_takes_the_list_all_its_words_share()
    {
        Assert.Equal([("insulin pump", EntityType.Device), ("insulin", EntityType.Medication)], Find("Ella wears an insulin pump. Her insulin is in the fridge."));
    }

    [Fact]
    public void A_text_without_health_words_has_no_candidates()
    {
        Assert.Empty(Find("We go to the park and feed the ducks, then we walk home."));
    }
}
