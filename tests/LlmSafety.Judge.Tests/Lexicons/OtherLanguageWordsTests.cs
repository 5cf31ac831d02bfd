using LlmSafety.Judge.Lexicons;

namespace LlmSafety.Judge.Tests.Lexicons;

public sealed class OtherLanguageWordsTests
{
    [Theory]
    [InlineData("Educacao")] // Portuguese, as the normaliser folds "Educação"
    [InlineData("FISICA")]
    [InlineData("Nachmittag")] // German nouns are capitalised in their list and kept
    [InlineData("maligayang")] // Tagalog
    [InlineData("Naturales")] // a Spanish plural the list lacks, through its singular
    [InlineData("Primavera")]
    [InlineData("toccare")] // Italian
    [InlineData("gras")] // French
    public void Words_of_the_other_languages_are_found_in_any_case(string word) =>
        Assert.True(OtherLanguageWords.Contains(word), word);

    [Theory]
    [InlineData("Okafor")]
    [InlineData("Priya")]
    [InlineData("Nguyen")]
    [InlineData("Wojciechowski")]
    [InlineData("")]
    [InlineData("Pneumonoultramicroscopicsilicovolcanoconiosis")]
    public void Names_and_words_of_no_list_are_not(string word) =>
        Assert.False(OtherLanguageWords.Contains(word), word);

    [Fact]
    public void The_whole_list_is_loaded()
    {
        Assert.True(OtherLanguageWords.Contains("agua"));

        Assert.InRange(OtherLanguageWords.LoadedWords, 980_000, 1_000_000);
    }
}
