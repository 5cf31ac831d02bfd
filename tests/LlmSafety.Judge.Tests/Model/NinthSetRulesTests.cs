using static LlmSafety.Judge.Tests.Model.JudgmentTexts;

namespace LlmSafety.Judge.Tests.Model;

/// <summary>
/// What the eighth and ninth hand-written sets taught: public figures, brands and places, family words of other
/// languages, doctors known by first name, numbered places, holidays, head-first organisations and names joined by
/// hyphens. Each story is new wording, not a line of those sets.
/// </summary>
[Collection(TrainedJudgeCollection.Name)]
public class NinthSetRulesTests(TrainedJudgeFixture fixture)
{
    [Theory]
    [InlineData("After school we watch Virat Kohli hit the ball on the big screen. Then we eat at Jollibee.")]
    [InlineData("Before bed, Appa reads me a Julia Donaldson book, and I hold my toy Gruffalo.")]
    [InlineData("On Sunday we walk around Central Park and buy a pretzel. Then we have hot chocolate at Tim Hortons.")]
    [InlineData("At church there is a painting of Pope John Paul II. After Mass, Babcia says Wesołych Świąt to everyone.")]
    [InlineData("On Saturday Papá takes me to see a match at Old Trafford. On Friday we say Jumu'ah Mubarak to our neighbours.")]
    public void Public_figures_brands_and_famous_places_identify_no_one(string story) => AssertNamesNoOne(story);

    [Theory]
    [InlineData("Nadia Sorensen, one of the most famous swimmers in Denmark, practised every morning.")]
    [InlineData("Tomas Brekke, the famous Norwegian skier, lost many races before he won.")]
    [InlineData("This book was written by the author Julia Hartley.")]
    [InlineData("Kim Seo-yeon was a famous skater who fell many times.")]
    public void A_name_the_story_calls_famous_is_a_public_figure(string story)
    {
        var judgment = fixture.Model.Evaluate(story);

        Assert.Empty(Found(judgment, story, EntityType.PersonName));
    }

    [Fact]
    public void A_full_name_with_nothing_famous_about_it_is_still_a_person()
    {
        const string story = "Nadia Sorensen sits next to me at swimming. She likes the deep end.";

        var judgment = fixture.Model.Evaluate(story);

        Assert.Contains("Nadia Sorensen", Found(judgment, story, EntityType.PersonName));
        Assert.True(judgment.Identity.Flagged);
    }

    [Fact]
    public void One_word_of_a_well_known_name_said_again_is_the_same_character() =>
        AssertNamesNoOne("At the library I find a Franklin the Turtle book. In it, Franklin is scared of the dark, like me.");

    [Theory]
    [InlineData("When the baby comes, Bà Ngoại will sleep in my room. Bà Ngoại sings to me at night.")]
    [InlineData("Ayşe Teyze brings warm simit, and Priya Akka helps me tie my shoes.")]
    [InlineData("At the party Tita Joy gives me a hug, and Lolo holds the cake.")]
    public void Family_words_of_other_languages_name_relatives(string story) => AssertNamesNoOne(story);

    [Fact]
    public void A_family_word_that_is_also_a_given_name_keeps_a_surname_after_it()
    {
        const string story = "My new friend at school is Lola Okonkwo-Reyes. We sit together at lunch.";

        var judgment = fixture.Model.Evaluate(story);

        Assert.True(judgment.Identity.Flagged);
    }

    [Fact]
    public void A_doctors_hyphenated_surname_is_taken_whole()
    {
        const string story = "Dr. Ben-Ami checks my heart every year. Dr. Ben-Ami uses a cold stethoscope.";

        var judgment = fixture.Model.Evaluate(story);

        Assert.Contains("Dr. Ben-Ami", Found(judgment, story, EntityType.Provider));
        Assert.True(judgment.Identity.Flagged);
    }

    [Theory]
    [InlineData("Our plane leaves from Gate C14 at 10:20. We wait by the big window.")]
    [InlineData("At the dentist in Lyon the nurse calls me into Salle 4. I sit in the big chair.")]
    [InlineData("For Eid al-Adha we visit the mosque and then eat together.")]
    public void Numbered_places_and_holidays_name_no_one(string story)
    {
        var judgment = fixture.Model.Evaluate(story);

        Assert.Empty(Found(judgment, story, EntityType.PersonName, EntityType.Address, EntityType.Organization));
        Assert.False(judgment.Identity.Flagged);
    }

    [Theory]
    [InlineData("Next week Mateo starts at Colegio San Marcos in the blue uniform.", "Colegio San Marcos")]
    [InlineData("Every morning Leila walks into Al-Huda Primary School with her brother.", "Al-Huda Primary School")]
    [InlineData("My check-up is at Izmir Ege City Hospital on the third floor.", "Izmir Ege City Hospital")]
    [InlineData("In September Giulia starts at Scuola Primaria Santa Chiara near the river.", "Scuola Primaria Santa Chiara")]
    [InlineData("Every day Rafael walks to Escola Municipal Jardim das Acácias with his cousin.", "Escola Municipal Jardim das Acácias")]
    public void An_organisation_is_taken_whole(string story, string organization)
    {
        var judgment = fixture.Model.Evaluate(story);

        Assert.Contains(organization, Found(judgment, story, EntityType.Organization));
        Assert.True(judgment.Identity.Flagged);
    }

    [Fact]
    public void A_device_called_by_its_head_noun_again_is_the_same_device()
    {
        const string story = "Zara wears an insulin pump on her belt. Before swimming, Mum unclips the pump and keeps it dry. "
            + "Afterwards Zara clips her pump back on. At the shop we buy a bike pump for my tyres.";

        var judgment = fixture.Model.Evaluate(story);

        var devices = Found(judgment, story, EntityType.Device).ToList();
        Assert.Equal(3, devices.Count(d => d.EndsWith("pump", StringComparison.Ordinal)));
        Assert.DoesNotContain(judgment.Entities, e => e.Type == EntityType.Device && story[e.Start..e.End].Contains("bike", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_beside_the_and_a_clinician_word_is_that_clinician()
    {
        const string story = "Next week I have a hearing test. Mrs. Pennington, the audiologist, will put soft headphones on my ears.";

        var judgment = fixture.Model.Evaluate(story);

        Assert.Contains("Mrs. Pennington", Found(judgment, story, EntityType.Provider));
    }

    [Theory]
    [InlineData("Mwalimu Grace rings the bell, and we line up for lunch.")]
    [InlineData("Teacher Ana reads us a story about a brave turtle.")]
    [InlineData("Today Miss Saoirse plays the tin whistle for our class.")]
    public void A_teachers_title_before_a_first_name_is_a_bare_first_name(string story) => AssertNamesNoOne(story);

    [Theory]
    [InlineData("Mia Johnson is our class spelling champion.")]
    [InlineData("My teacher Emma Clarke says I am a reading champion.")]
    [InlineData("My mum, Priya Sharma, is a scientist at the university.")]
    [InlineData("Tom Baker wants to be an astronaut when he grows up.")]
    [InlineData("Lily Harper reads me a book about a famous inventor.")]
    [InlineData("I sit next to Nadia Sorensen at school. Her mum is a famous singer.")]
    [InlineData("Hala Haddad is in my class and she likes to draw.")]
    [InlineData("Coach Zia Rahman runs our football club.")]
    [InlineData("Today I see Dr. Hassan at the clinic. Dr. Hassan listens to my chest.")]
    [InlineData("Mia Johnson swims at the Olympic pool every Saturday.")]
    [InlineData("Leo Martin dressed up as a famous pirate for the party.")]
    [InlineData("Noah Smith lives next door. He wants to be a famous singer one day.")]
    [InlineData("Her dad, the scientist Raj Patel, picks her up after school.")]
    [InlineData("Grandpa was a footballer. Raj Patel still plays football every Sunday.")]
    [InlineData("Mei Chu sits next to me in art.")]
    [InlineData("My best friend Ahmed Ramadan came over to play.")]
    [InlineData("Dr. Wei checked my ears with a little light.")]
    public void A_private_person_beside_words_of_fame_family_or_a_doctors_title_is_still_identified(string story)
    {
        Assert.True(fixture.Model.Evaluate(story).Identity.Flagged);
    }

    [Fact]
    public void An_organisations_name_said_again_without_its_organisation_word_is_that_organisation()
    {
        const string story = "In September Tobi moves up to Year 3 at Maple Grove Primary School. At Maple Grove, the classrooms "
            + "have big windows. After school we drive through Lagos to see Grandma.";

        var judgment = fixture.Model.Evaluate(story);

        var organizations = Found(judgment, story, EntityType.Organization).ToList();
        Assert.Contains("Maple Grove", organizations);
        Assert.DoesNotContain("Lagos", organizations);
    }

    private void AssertNamesNoOne(string story)
    {
        var judgment = fixture.Model.Evaluate(story);

        Assert.Empty(Found(judgment, story, EntityType.PersonName));
        Assert.False(judgment.Identity.Flagged);
    }
}
