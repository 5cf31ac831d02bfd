using LlmSafety.Judge.Features;
using LlmSafety.Judge.Policy;
using LlmSafety.Judge.Scoring;
using LlmSafety.Judge.Tests.Scoring;

namespace LlmSafety.Judge.Tests.Policy;

/// <summary>
/// The make-believe, luggage-scanner and team rules on hand-made spans and entity lists, whatever a model tags: pretend
/// medicine and a story-book character's cough are nobody's, a named child's are theirs; a team is the child's club.
/// </summary>
public class MakeBelieveAndTeamsTests
{
    [Theory]
    [InlineData("I give Bruno a spoonful of pretend medicine.", "medicine")]
    [InlineData("We play hospital and I give her some play medicine.", "medicine")]
    [InlineData("She gives her dolls some make-believe medicine.", "medicine")]
    [InlineData("I wear my toy doctor coat.", "doctor coat")]
    public void Pretend_health_words_are_make_believe(string sentence, string span)
    {
        var (analyzed, tagged) = HandTaggedSpans.Over(sentence, span, EntityType.Medication);

        Assert.True(MakeBelieve.IsPretend(analyzed, tagged));
    }

    [Theory]
    [InlineData("Teddy takes insulin every day.", "insulin")]
    [InlineData("Dolly takes insulin every day.", "insulin")]
    [InlineData("After play, my inhaler goes in my bag.", "my inhaler")]
    [InlineData("Lily goes to play therapy on Tuesdays.", "play therapy")]
    [InlineData("I pretend to be brave, then I take my medicine.", "my medicine")]
    [InlineData("On Saturdays Sam goes to play wheelchair basketball.", "wheelchair")]
    public void A_child_named_teddy_and_real_care_near_play_are_no_pretence(string sentence, string span)
    {
        var (analyzed, tagged) = HandTaggedSpans.Over(sentence, span, EntityType.Medication);

        Assert.False(MakeBelieve.IsPretend(analyzed, tagged));
    }

    [Theory]
    [InlineData("Peppa Pig has a bad cough and stays in bed.", "a bad cough")]
    [InlineData("Tonight we read about Peppa Pig. Peppa has a bad cough.", "a bad cough")]
    [InlineData("In the book, Peppa Pig is poorly. She has a bad cough.", "a bad cough")]
    [InlineData("Harry Potter has a lightning scar on his head.", "lightning scar")]
    [InlineData("One boy is going to be Harry Potter with a lightning scar drawn on.", "lightning scar")]
    public void A_story_book_characters_illness_is_the_characters(string sentence, string span)
    {
        var (analyzed, tagged) = HandTaggedSpans.Over(sentence, span, EntityType.Diagnosis);

        Assert.True(MakeBelieve.IsCharactersOwn(analyzed, tagged));
    }

    [Theory]
    [InlineData("Mia loves Peppa Pig. She has asthma.", "asthma")]
    [InlineData("Leo watches Bluey when he feels sick from his chemo.", "chemo")]
    [InlineData("Sam loves Lego. He takes Ritalin every morning.", "Ritalin")]
    [InlineData("Winnie has asthma and uses her inhaler at school.", "asthma")]
    [InlineData("Marshall has autism.", "autism")]
    [InlineData("Elsa has asthma.", "asthma")]
    [InlineData("He wants to be Harry Potter because he has autism.", "autism")]
    [InlineData("Leo's favourite shows are Bluey and Peppa Pig. He has asthma.", "asthma")]
    [InlineData("Leo likes Bluey, Peppa Pig and Paw Patrol, and takes melatonin at bedtime.", "melatonin")]
    [InlineData("For World Book Day, Mia is going as Peppa Pig and needs a wheelchair to get around.", "wheelchair")]
    [InlineData("Leo will dress up as Harry Potter, and has to take an inhaler to the party.", "inhaler")]
    [InlineData("Leo watches shows such as Peppa Pig and takes Ritalin at breakfast.", "Ritalin")]
    [InlineData("Amir is as brave as Harry Potter during injections at the clinic.", "injections")]
    [InlineData("Emma wants to be like Doc McStuffins because she has asthma.", "asthma")]
    [InlineData("Leo has a Harry Potter cast on his broken arm.", "his broken arm")]
    [InlineData("We saw some Lego at the Natural History Museum. At night, he takes his Lamictal.", "Lamictal")]
    public void A_childs_health_beside_a_character_is_the_childs(string sentence, string span)
    {
        var (analyzed, tagged) = HandTaggedSpans.Over(sentence, span, EntityType.Diagnosis);

        Assert.False(MakeBelieve.IsCharactersOwn(analyzed, tagged));
    }

    [Theory]
    [InlineData("Our bags go through an X-ray machine at the airport.", "an X-ray machine", true)]
    [InlineData("At security, the X-ray lets the officers see inside the suitcases.", "the X-ray", true)]
    [InlineData("Mum carries my bag while I go into the MRI scanner.", "MRI scanner", false)]
    [InlineData("I put my backpack in a locker and then I lie still in the scanner.", "the scanner", false)]
    [InlineData("I bring my security blanket when I have my X-ray.", "X-ray", false)]
    [InlineData("I hold my security blanket while the X-ray machine beeps.", "the X-ray machine", false)]
    [InlineData("Mum holds Mia's bag during Mia's X-ray.", "X-ray", false)]
    [InlineData("Mum waits with the bags while I go in for the X-ray.", "the X-ray", false)]
    [InlineData("At the airport I had an X-ray of my arm.", "an X-ray", false)]
    public void Only_the_scanner_of_bags_is_no_test_of_a_body(string sentence, string span, bool luggage)
    {
        var (analyzed, tagged) = HandTaggedSpans.Over(sentence, span, EntityType.Treatment);

        Assert.Equal(luggage, JudgeEngine.IsLuggageScanner(analyzed, tagged));
    }

    private static List<string> Teams(string text, params (string Text, EntityType Type)[] found)
    {
        var analyzed = AnalyzedText.Analyze(text);
        var entities = found
            .Select(f => new CandidateEntity(f.Type, text.IndexOf(f.Text, StringComparison.Ordinal), text.IndexOf(f.Text, StringComparison.Ordinal) + f.Text.Length, 0.8, "test"))
            .OrderBy(e => e.Start)
            .ToList();
        LlmSafety.Judge.Policy.Teams.Add(analyzed, entities);
        Assert.Equal(entities.OrderBy(e => e.Start).Select(e => e.Start), entities.Select(e => e.Start));
        return entities.Where(e => e.Type == EntityType.Organization).Select(e => text[e.Start..e.End]).ToList();
    }

    [Fact]
    public void An_age_group_makes_the_club_words_before_it_a_team_in_place_of_a_name()
    {
        const string text = "I play for the Riverside Rovers Under-8s. On Sunday the Riverside Rovers have a fun day.";

        var teams = Teams(text, ("Riverside Rovers", EntityType.PersonName));

        Assert.Equal(["Riverside Rovers Under-8s", "Riverside Rovers"], teams);
    }

    [Theory]
    [InlineData("She plays for the South Walker Rockets on Saturdays.", "South Walker Rockets", "Walker")]
    [InlineData("My summer camp is run by the Guarulhos Eagles.", "Guarulhos Eagles", null)]
    [InlineData("The coach of the Kwakel Wolves says I am a great teammate.", "Kwakel Wolves", null)]
    [InlineData("Your summer camp is run by the South Dannie Dolphins.", "South Dannie Dolphins", null)]
    public void A_club_and_mascot_after_a_word_of_taking_part_is_a_team(string text, string team, string? device)
    {
        var teams = device is null ? Teams(text) : Teams(text, (device, EntityType.Device));

        Assert.Equal([team], teams);
    }

    [Theory]
    [InlineData("Football Under-8s: Leo\nUnder-8s training is on Saturday.")]
    [InlineData("Coach Sam\nUnder 8s practice is fun.")]
    [InlineData("I go swimming with Leo Under-8s lessons.")]
    [InlineData("My brother is under 8 years old.")]
    [InlineData("I am in the Little Owls group at nursery.")]
    [InlineData("Mia is in the Busy Bees room at nursery.")]
    [InlineData("I want to join the Red Lions one day.")]
    [InlineData("We watched the Miami Dolphins on TV.")]
    [InlineData("At school Leo is in the Darwin Owls.")]
    public void Names_rooms_ages_and_a_fans_club_are_no_team(string text) =>
        Assert.Empty(Teams(text));

    [Fact]
    public void Many_mentions_of_a_team_cost_a_bounded_number_of_rewrites()
    {
        var text = "I play for the Riverside Rovers Under-8s. " + string.Concat(Enumerable.Repeat("The Riverside Rovers met Sam. ", 200));

        var teams = Teams(text);

        Assert.Equal(17, teams.Count);
    }
}
