using LlmSafety.Judge.Normalization;

namespace LlmSafety.Judge.Tests.Normalization;

public class TextNormalizerTests
{
    [Fact]
    public void Zero_width_characters_are_removed_and_offsets_map_back_to_the_original()
    {
        var original = "Hi J\u200Bohn Sm\u200Bith!";
        var normalized = TextNormalizer.Normalize(original);

        Assert.Equal("Hi John Smith!", normalized.Text);
        var start = normalized.Text.IndexOf("John Smith", StringComparison.Ordinal);
        var (originalStart, originalEnd) = normalized.ToOriginal(start, start + "John Smith".Length);
        Assert.Equal("J\u200Bohn Sm\u200Bith", original[originalStart..originalEnd]);
    }

    [Fact]
    public void Cyrillic_look_alikes_become_latin_letters()
    {
        // "Јоhn Ѕmіth" written with Cyrillic Ј, о, Ѕ and і.
        var normalized = TextNormalizer.Normalize("\u0408\u043Ehn \u0405m\u0456th has \u0430utism");

        Assert.Equal("John Smith has autism", normalized.Text);
    }

    [Fact]
    public void Fullwidth_letters_and_digits_fold_to_ascii_with_one_offset_per_original_character()
    {
        var original = "Ｊｏｈｎ ５５５";
        var normalized = TextNormalizer.Normalize(original);

        Assert.Equal("John 555", normalized.Text);
        Assert.Equal((5, 8), normalized.ToOriginal(5, 8));
    }

    [Fact]
    public void Diacritics_are_dropped_but_the_span_still_covers_the_accented_original()
    {
        var original = "Adéodat Szczepański";
        var normalized = TextNormalizer.Normalize(original);

        Assert.Equal("Adeodat Szczepanski", normalized.Text);
        Assert.Equal((0, original.Length), normalized.ToOriginal(0, normalized.Text.Length));
    }

    [Theory]
    [InlineData("J0hn Sm1th has di4betes", "John Smith has diabetes")]
    [InlineData("He takes r1tal1n", "He takes ritalin")]
    public void Leetspeak_digits_between_letters_read_as_letters(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(input).Text);
    }

    [Theory]
    [InlineData("The bus comes at 3:15 and costs $2.50.")]
    [InlineData("She came 3rd in room 204 on 12/03/2016.")]
    [InlineData("Call 555-123-4567 or email a1@b3.org")]
    public void Numbers_that_are_not_inside_words_keep_their_digits(string input)
    {
        Assert.Equal(input, TextNormalizer.Normalize(input).Text);
    }
}
