using LlmSafety.Judge.Lexicons;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Tests.Lexicons;

public sealed class LexiconSetTests
{
    [Theory]
    [InlineData("I was born with an extra chromosome.", "chromosome")]
    [InlineData("The puffer is for when my chest gets tight.", "chest")]
    [InlineData("She drinks the syrup twice a day.", "syrup")]
    public void Body_words_are_marked_without_becoming_a_health_list_word(string text, string bodyWord)
    {
        var kinds = KindsOf(text, bodyWord);

        Assert.True((kinds & LexiconKind.BodyWord) != 0, $"{bodyWord} is no body word");
        Assert.Equal(LexiconKind.None, kinds & LexiconSet.HealthKinds);
    }

    [Fact]
    public void A_health_list_word_is_no_body_word()
    {
        var kinds = KindsOf("He takes insulin before lunch.", "insulin");

        Assert.True((kinds & LexiconKind.Medication) != 0);
        Assert.Equal(LexiconKind.None, kinds & LexiconKind.BodyWord);
    }

    private static LexiconKind KindsOf(string text, string word)
    {
        var tokens = Tokenizer.Tokenize(text);
        var kinds = LexiconSet.Default.Match(text, tokens);
        return kinds[tokens.FindIndex(token => text[token.Start..token.End] == word)];
    }
}
