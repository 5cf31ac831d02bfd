using LlmSafety.Judge.Features;
using LlmSafety.Judge.Policy;

namespace LlmSafety.Judge.Tests.Policy;

public class AttributionTests
{
    [Theory]
    [InlineData("Nurses and doctors work at hospitals to help people.", false)]
    [InlineData("Autism means a brain works in its own way, and many people are autistic.", false)]
    [InlineData("My brother has autism.", true)]
    [InlineData("They were born with an extra chromosome.", true)]
    [InlineData("Kannan uses a heart-rate watch for panic attacks every day.", true)]
    [InlineData("The nurse says Priya takes insulin.", true)]
    [InlineData("When people are sick, a doctor might give them medicine like antibiotics.", false)]
    [InlineData("Some kids have asthma, and an inhaler helps them breathe.", false)]
    [InlineData("Other kids sometimes ask about their weighted vest.", true)]
    [InlineData("They stayed three nights in the children's hospital.", true)]
    [InlineData("They have asthma, like some other kids.", true)]
    [InlineData("Some kids stare, but he keeps his hearing aids in.", true)]
    [InlineData("Prudence uses a medical alert bracelet every day.", true)]
    [InlineData("Grace takes her tablets after breakfast.", true)]
    [InlineData("Patience is important when people are ill.", false)]
    [InlineData("Summer holidays are hard for kids with autism.", false)]
    [InlineData("Art lessons help kids with dyslexia.", false)]
    public void A_sentence_refers_to_a_person_through_a_pronoun_or_a_name(string sentence, bool expected)
    {
        var analyzed = AnalyzedText.Analyze(sentence);

        Assert.Equal(expected, new Attribution(analyzed).SentenceHasPerson(analyzed.Tokens.Count - 2));
    }

    [Theory]
    [InlineData("Next week you will have a picture taken of your head. It is called an MRI.", true)]
    [InlineData("Some children have a picture taken of their head. It is called an MRI.", false)]
    [InlineData("Next week you will visit the hospital. It is very big and has a lift.", false)]
    public void A_sentence_that_names_the_thing_before_it_belongs_to_that_sentence_s_person(string text, bool expected)
    {
        var analyzed = AnalyzedText.Analyze(text);

        Assert.Equal(expected, new Attribution(analyzed).SentenceHasPerson(analyzed.Tokens.Count - 2));
    }

    [Fact]
    public void Each_sentence_is_judged_on_its_own_words()
    {
        var analyzed = AnalyzedText.Analyze("Dentists keep teeth strong. I have asthma. Medicine helps people.");
        var attribution = new Attribution(analyzed);
        var sentenceStarts = Enumerable.Range(0, analyzed.Tokens.Count).Where(t => analyzed.SentenceStarts[t]).ToList();

        Assert.Equal([false, true, false], sentenceStarts.Select(attribution.SentenceHasPerson).ToArray());
    }
}
