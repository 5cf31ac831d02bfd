using LlmSafety.Judge.Features;

namespace LlmSafety.Judge.Tests.Features;

public class NameCandidatesTests
{
    private static List<(string Text, NameCandidateKind Kind, int Parts)> Find(string text)
    {
        var analyzed = AnalyzedText.Analyze(text);
        return NameCandidates.Find(analyzed).ConvertAll(c =>
        {
            var (start, end) = analyzed.Normalized.ToOriginal(analyzed.Tokens[c.FirstToken].Start, analyzed.Tokens[c.LastToken].End);
            return (text[start..end], c.Kind, c.Parts);
        });
    }

    [Theory]
    [InlineData("The award goes to Lionel Stehr for being kind.", "Lionel Stehr", 2)]
    [InlineData("When Lionel Stehr comes, we play.", "Lionel Stehr", 2)]
    [InlineData("This story was written for Joy Greenholt.", "Joy Greenholt", 2)]
    [InlineData("The label reads Yuxuan M. Huang in blue.", "Yuxuan M. Huang", 3)]
    [InlineData("My friend Ji-woo Cho waves.", "Ji-woo Cho", 2)]
    [InlineData("We saw Trà Giang Trương at the park.", "Trà Giang Trương", 3)]
    [InlineData("It is Hana Sato's birthday today.", "Hana Sato", 2)]
    public void A_run_of_capitalised_name_parts_is_one_candidate(string text, string expected, int parts)
    {
        var candidate = Assert.Single(Find(text));

        Assert.Equal((expected, NameCandidateKind.Forward, parts), candidate);
    }

    [Theory]
    [InlineData("The postcard on the fridge shows the Sydney Opera House.")]
    [InlineData("We made a poster about the Royal Albert Hall.")]
    public void A_place_noun_after_an_ordinary_word_makes_no_name(string text)
    {
        Assert.Empty(Find(text));
    }

    [Fact]
    public void A_surname_that_is_a_place_noun_still_makes_a_name()
    {
        Assert.Equal([("Jessica Hall", NameCandidateKind.Forward, 2)], Find("Today Jessica Hall reads to us."));
    }

    [Fact]
    public void A_surname_comma_given_name_is_an_inverted_candidate()
    {
        Assert.Contains(("Stanek, Wirginia", NameCandidateKind.Inverted, 2), Find("On the class list you are Stanek, Wirginia."));
    }

    [Theory]
    [InlineData("Every Saturday, Lily goes to swimming lessons.")]
    [InlineData("On Monday, Noah starts at the new school.")]
    [InlineData("Jayden lives in Austin, Texas.")]
    [InlineData("His therapist is Jenna Brooks, OT, on Wednesdays.")]
    public void A_weekday_a_place_or_a_credential_around_a_comma_is_no_surname_given_pair(string text)
    {
        Assert.DoesNotContain(Find(text), c => c.Kind == NameCandidateKind.Inverted);
    }

    [Fact]
    public void Lower_case_words_outside_the_vocabulary_make_a_candidate_and_ordinary_words_do_not()
    {
        Assert.Equal([("noortje leeuwen", NameCandidateKind.LowerCase, 2)], Find("my big sister noortje leeuwen comes with me."));
        Assert.Empty(Find("i do not post pictures of my school or my house online."));
    }

    [Theory]
    [InlineData("After the prayer, people say \"bayramınız mübarek olsun\" to each other.")]
    [InlineData("At the bakery we buy a pastel de nata for Grandma.")]
    public void Lower_case_words_in_a_capitalised_sentence_make_no_candidate(string text)
    {
        Assert.DoesNotContain(Find(text), c => c.Kind == NameCandidateKind.LowerCase);
    }

    [Theory]
    [InlineData("Lionel likes trains.")]
    [InlineData("The Park is big. We go there.")]
    [InlineData("I met Dr. and Mrs. Rossi.")]
    public void A_single_name_or_ordinary_words_opening_a_sentence_are_not_candidates(string text)
    {
        Assert.DoesNotContain(Find(text), c => c.Kind == NameCandidateKind.Forward && c.Parts >= 2 && !c.Text.Contains("Rossi", StringComparison.Ordinal));
    }

    [Fact]
    public void A_long_list_of_names_gives_each_name_and_each_comma_pair_once()
    {
        var text = string.Concat(Enumerable.Repeat("Anna Berg, ", 20_000));

        var candidates = NameCandidates.Find(AnalyzedText.Analyze(text));

        Assert.Equal(20_000, candidates.Count(c => c.Kind == NameCandidateKind.Forward));
        Assert.Equal(19_999, candidates.Count(c => c.Kind == NameCandidateKind.Inverted));
    }

    [Theory]
    [InlineData("After the prayer people say \"Bayram mubarek!\" That means \"Happy Eid!\" to everyone.")]
    [InlineData("On Friday it is Sports Day at Hodan's school.")]
    [InlineData("Next week is Book Week, and then the Science Fair.")]
    [InlineData("everyone says \"eid mubarak\" after the prayer.")]
    public void A_greeting_or_an_event_is_no_name(string text)
    {
        Assert.Empty(Find(text));
    }

    [Fact]
    public void A_surname_that_is_an_event_word_after_a_name_still_makes_a_name()
    {
        Assert.Equal([("Doris Day", NameCandidateKind.Forward, 2)], Find("The song was sung by Doris Day long ago."));
    }

    [Theory]
    [InlineData("My friends Kofi, Sienna and Yusuf will be there too.")]
    [InlineData("Rosa, Mylo and I build a tall tower together.")]
    [InlineData("The team is Ana, Kofi, Sienna and me.")]
    [InlineData("I am in a group chat with Priya, Sam, and Jordan from my form.")]
    [InlineData("Rama, Sita, and Hanuman are characters from an old story.")]
    [InlineData("Mr. Park smiles and says, \"Annyeong, Min-jun!\"")]
    public void First_names_in_a_list_or_a_greeting_are_no_surname_given_pair(string text)
    {
        Assert.DoesNotContain(Find(text), c => c.Kind == NameCandidateKind.Inverted);
    }

    [Theory]
    [InlineData("My PT, Jess, helped me practice on the track last week.")]
    [InlineData("Our SENCO, Anna, comes to the meeting.")]
    public void A_role_before_the_comma_is_no_surname(string text)
    {
        Assert.DoesNotContain(Find(text), c => c.Kind == NameCandidateKind.Inverted);
    }

    [Fact]
    public void A_short_capitalised_surname_before_the_comma_is_still_one()
    {
        Assert.Contains(("NG, Mei", NameCandidateKind.Inverted, 2), Find("Pupil: NG, Mei (Year 4)."));
    }

    [Fact]
    public void A_surname_given_pair_followed_by_a_comma_and_a_class_is_still_inverted()
    {
        Assert.Contains(("Bennett, Olivia", NameCandidateKind.Inverted, 2), Find("On the bus list: Bennett, Olivia, Grade 3."));
        Assert.Contains(("Bennett, Olivia", NameCandidateKind.Inverted, 2), Find("On the bus list: Bennett, Olivia, and the twins."));
    }

    [Fact]
    public void A_title_is_not_part_of_a_name_candidate()
    {
        Assert.Equal([("Nina Berg", NameCandidateKind.Forward, 2)], Find("Our teacher this year is Miss Nina Berg from the city."));
        Assert.Empty(Find("My teacher is called Miss Jennifer, and she has a purple pen."));
    }
}
