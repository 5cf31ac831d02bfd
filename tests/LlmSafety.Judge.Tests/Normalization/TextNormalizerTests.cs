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
    public void Plain_text_is_kept_as_the_callers_string_with_offsets_one_to_one()
    {
        var original = "Liam waits at the bus stop with 2 friends.";
        var normalized = TextNormalizer.Normalize(original);

        Assert.Same(original, normalized.Text);
        Assert.Equal((5, 10), normalized.ToOriginal(5, 10));
        Assert.Equal((original.Length, original.Length), normalized.ToOriginal(original.Length, original.Length));
    }

    [Fact]
    public void A_trailing_invisible_character_still_maps_the_end_of_the_text_to_the_end_of_the_original()
    {
        var original = "Hi John\u200B";
        var normalized = TextNormalizer.Normalize(original);

        Assert.Equal("Hi John", normalized.Text);
        Assert.Equal((3, 7), normalized.ToOriginal(3, 7));
        Assert.Equal((8, 8), normalized.ToOriginal(7, 7));
    }

    [Fact]
    public void Offsets_map_back_through_any_mix_of_dropped_expanded_and_surrogate_characters()
    {
        string[] pieces = ["a", "b", "Z", " ", ".", "\u200B", "\uFB03", "\u00E9", "e\u0301", "\U0001F600", "\uFF21", "\u00BD", "\u0430"];
        var random = new Random(7);
        for (var round = 0; round < 300; round++)
        {
            var original = string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => pieces[random.Next(pieces.Length)]));
            var normalized = TextNormalizer.Normalize(original);
            var previousStart = 0;
            for (var p = 0; p < normalized.Text.Length; p++)
            {
                var (start, end) = normalized.ToOriginal(p, p + 1);
                Assert.InRange(start, previousStart, original.Length - 1);
                Assert.InRange(end, start + 1, original.Length);
                var c = normalized.Text[p];
                if (char.IsAsciiLetter(c) && char.IsAscii(original[start]) && end - start == 1)
                {
                    Assert.Equal(c, original[start]);
                }

                previousStart = start;
            }

            Assert.Equal((original.Length, original.Length), normalized.ToOriginal(normalized.Text.Length, normalized.Text.Length));
        }
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
    [InlineData("Maya has 3p1l3p5y.", "Maya has epilepsy.")]
    [InlineData("Maya has 4DHD.", "Maya has ADHD.")]
    [InlineData("Liam has aut1sm and d1abet3s.", "Liam has autism and diabetes.")]
    [InlineData("Noah has 4ut15m, d14b3t35 and 45thm4.", "Noah has autism, diabetes and asthma.")]
    [InlineData("Amira has 4nx13ty d150rd3r and 0CD.", "Amira has anxiety disorder and OCD.")]
    [InlineData("Ethan takes r1tal1n for his 4DHD's effects and has diabete$.", "Ethan takes ritalin for his ADHD's effects and has diabetes.")]
    [InlineData("J0HN SM1TH has PT5D", "JOHN SMITH has PTSD")]
    public void Leetspeak_tokens_fold_to_words_including_their_edges(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(input).Text);
    }

    [Theory]
    [InlineData("The bus comes at 3:15 and costs $2.50.")]
    [InlineData("She came 3rd in room 204 on 12/03/2016.")]
    [InlineData("Call 555-123-4567 or email a1@b3.org")]
    [InlineData("He came 1st, she came 21st and 13th; the 4th and 5th were 7th.")]
    [InlineData("Post it to SW1A 1AA on 4/1/15; her number is AB123456C and S7944642.")]
    [InlineData("R2D2 and BB8 meet at 10am, 5pm and 7:30pm with $4.50 and 5mg and 10ml.")]
    [InlineData("Year5 and Room7 play mp3 songs with the 4x4 and 3D glasses in 2019.")]
    [InlineData("Her student number s5510073 and code ab1345 stay; so does sam7@example.com.")]
    [InlineData("Follow @liam_draws and visit www.example.org/2024 at 1:05.")]
    [InlineData("She has T1D and checks her t1d numbers.")]
    public void Numbers_that_are_not_leetspeak_keep_their_digits(string input)
    {
        Assert.Equal(input, TextNormalizer.Normalize(input).Text);
    }

    [Fact]
    public void A_folded_leetspeak_word_maps_back_to_its_original_span()
    {
        var original = "Maya's 4\u200BDHD and ３p1l3p5y";
        var normalized = TextNormalizer.Normalize(original);

        Assert.Equal("Maya's ADHD and epilepsy", normalized.Text);
        var adhd = normalized.Text.IndexOf("ADHD", StringComparison.Ordinal);
        var (adhdStart, adhdEnd) = normalized.ToOriginal(adhd, adhd + 4);
        Assert.Equal("4\u200BDHD", original[adhdStart..adhdEnd]);
        var epilepsy = normalized.Text.IndexOf("epilepsy", StringComparison.Ordinal);
        var (epilepsyStart, epilepsyEnd) = normalized.ToOriginal(epilepsy, epilepsy + 8);
        Assert.Equal("３p1l3p5y", original[epilepsyStart..epilepsyEnd]);
    }
}
