using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Tests.Text;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("Lucas leaves class at 10:00 for speech therapy.", "for")]
    [InlineData("Lucas leaves class at 10:00 for speech therapy.", "00")]
    [InlineData("She takes 2.5 ml of syrup at night.", "5")]
    public void A_clock_time_or_a_decimal_ends_no_sentence(string text, string word) =>
        Assert.False(StartsSentence(text, word));

    [Theory]
    [InlineData("We leave at 10. Then we eat.", "Then")]
    [InlineData("Bring these: a hat and a coat.", "a")]
    [InlineData("I am 7.Next year I am 8.", "Next")]
    public void A_full_stop_or_colon_between_words_still_ends_one(string text, string word) =>
        Assert.True(StartsSentence(text, word));

    private static bool StartsSentence(string text, string word)
    {
        var tokens = Tokenizer.Tokenize(text);
        var starts = Tokenizer.SentenceStarts(text, tokens);
        return starts[tokens.FindIndex(token => text[token.Start..token.End] == word)];
    }
}
