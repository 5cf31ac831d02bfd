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

    [Theory]
    [InlineData("I keep my puffer in my bag.", "puffer", LexiconKind.Medication)]
    [InlineData("The nurse puts in my eye drops.", "drops", LexiconKind.Medication)]
    [InlineData("He spent two nights in the emergency room.", "room", LexiconKind.Treatment)]
    [InlineData("She stayed on the children's ward in May.", "ward", LexiconKind.Treatment)]
    [InlineData("After a week in the NICU I came home.", "NICU", LexiconKind.Treatment)]
    [InlineData("My hearing implant has a magnet.", "implant", LexiconKind.Device)]
    public void Everyday_names_of_medicines_devices_and_hospital_stays_are_on_the_health_lists(string text, string word, LexiconKind kind)
    {
        Assert.True((KindsOf(text, word) & kind) != 0, $"{word} is not on the {kind} list");
    }

    [Fact]
    public void A_room_or_ward_of_no_hospital_is_on_no_health_list()
    {
        Assert.Equal(LexiconKind.None, KindsOf("We read in the quiet room.", "room") & LexiconSet.HealthKinds);
        Assert.Equal(LexiconKind.None, KindsOf("Mr. Ward teaches us maths.", "Ward") & LexiconSet.HealthKinds);
    }

    [Theory]
    [InlineData("Your ears mgiht feel funny on the plane.", "mgiht")]
    [InlineData("We sat in our favourite smlal chairs.", "smlal")]
    [InlineData("My lunchbox has a picture of a cat.", "lunchbox")]
    public void A_typo_or_compound_of_ordinary_words_is_an_ordinary_word(string text, string word)
    {
        Assert.Equal(LexiconKind.CommonWord, KindsOf(text, word));
    }

    [Theory]
    [InlineData("He takes brivaracetam at night.", "brivaracetam")]
    [InlineData("The award goes to Nina Wiechmann.", "Wiechmann")]
    public void A_word_no_list_knows_that_is_no_typo_stays_unknown(string text, string word)
    {
        Assert.Equal(LexiconKind.None, KindsOf(text, word) & LexiconKind.CommonWord);
    }

    [Theory]
    [InlineData("Chloé and Inès sit together.", "Chloé", LexiconKind.FirstName)]
    [InlineData("Next year I go to the École Jules Ferry.", "École", LexiconKind.OrganizationSuffix)]
    [InlineData("Grandma lives near Bogotá now.", "Bogotá", LexiconKind.PlaceWord)]
    public void Entries_spelt_with_accents_match_the_normalised_text(string text, string word, LexiconKind kind)
    {
        var normalized = LlmSafety.Judge.Normalization.TextNormalizer.Normalize(text).Text;
        var folded = LlmSafety.Judge.Normalization.TextNormalizer.Normalize(word).Text;

        Assert.True((KindsOf(normalized, folded) & kind) != 0, $"{word} is not a {kind}");
    }

    [Theory]
    [InlineData("Şihab")]
    [InlineData("Aarón")]
    [InlineData("Hao")]
    [InlineData("Ji-woo")]
    [InlineData("Chidi")]
    [InlineData("Sadık")]
    public void The_long_given_name_list_matches_a_folded_name(string name) =>
        Assert.True(GivenNames.Contains(LlmSafety.Judge.Normalization.TextNormalizer.Normalize(name).Text));

    [Theory]
    [InlineData("We watched Paddingotn Bear at the cinema.", "Paddingotn")]
    [InlineData("Luke Sykwalker is my favourite hero.", "Sykwalker")]
    public void A_well_known_name_with_two_letters_swapped_is_still_well_known(string text, string word) =>
        Assert.True((KindsOf(text, word) & LexiconKind.WellKnownName) != 0);

    [Theory]
    [InlineData("My friend Luke Walker came to tea.", "Walker")]
    [InlineData("Harry Ptoters came to tea.", "Harry")]
    public void A_name_more_than_one_swap_from_a_well_known_one_is_not_well_known(string text, string word) =>
        Assert.Equal(LexiconKind.None, KindsOf(text, word) & LexiconKind.WellKnownName);

    [Theory]
    [InlineData("He has an oral food challenge at the hospital.", "challenge", LexiconKind.Treatment)]
    [InlineData("She goes to orientation and mobility lessons.", "mobility", LexiconKind.Treatment)]
    [InlineData("He has a neurology assessment next week.", "assessment", LexiconKind.Treatment)]
    public void Health_phrases_of_the_lists_are_marked(string text, string word, LexiconKind kind) =>
        Assert.True((KindsOf(text, word) & kind) != 0);

    private static LexiconKind KindsOf(string text, string word)
    {
        var tokens = Tokenizer.Tokenize(text);
        var kinds = LexiconSet.Default.Match(text, tokens);
        return kinds[tokens.FindIndex(token => text[token.Start..token.End] == word)];
    }
}
