using static LlmSafety.Judge.Tests.Model.JudgmentTexts;

namespace LlmSafety.Judge.Tests.Model;

/// <summary>
/// What the eleventh hand-written set and round 11's fresh seeds taught. Surnames built of more than one word: apostrophes
/// ("O'Neill", "D'Souza"), particles ("de Vries", "van der Berg", "da Silva"), the Irish "Ó" and Scottish "Mc", after
/// a title, a coach or a given name, and the first names such rules must leave alone; inverted names that are a place
/// or a greeting; health spans that are a number, an everyday feeling with its cause, or a role read as care.
/// </summary>
[Collection(TrainedJudgeCollection.Name)]
public class EleventhSetRulesTests(TrainedJudgeFixture fixture)
{
    [Theory]
    [InlineData("At lunch we say hello to Mrs. O'Neill. She runs the library.", "Mrs. O'Neill")]
    [InlineData("Mrs. D'Souza helps me find my coat.", "Mrs. D'Souza")]
    [InlineData("Mr. van der Berg teaches music on Tuesdays.", "Mr. van der Berg")]
    [InlineData("Mrs. de la Cruz reads us a story after lunch.", "Mrs. de la Cruz")]
    [InlineData("Mr. Ó Briain plays the tin whistle for our class.", "Mr. Ó Briain")]
    [InlineData("Coach McAllister blows the whistle when it is time to run.", "Coach McAllister")]
    [InlineData("Coach O'Reilly shows us how to kick the ball.", "Coach O'Reilly")]
    public void A_title_takes_the_whole_surname(string story, string name)
    {
        var judgment = fixture.Model.Evaluate(story);

        Assert.Contains(name, Found(judgment, story, EntityType.PersonName, EntityType.Provider));
        Assert.True(judgment.Identity.Flagged);
    }

    [Theory]
    [InlineData("My friend Daan de Vries lives next door, and we ride bikes after school.", "Daan de Vries")]
    [InlineData("On Saturday Maria da Silva comes to my party with a present.", "Maria da Silva")]
    public void A_surname_particle_stays_inside_the_name(string story, string name)
    {
        var judgment = fixture.Model.Evaluate(story);

        Assert.Contains(name, Found(judgment, story, EntityType.PersonName));
    }

    [Theory]
    [InlineData("This summer we fly to Playa del Carmen and swim in the sea.")]
    [InlineData("We walk along Unter den Linden and then take the train from Gare du Nord.")]
    [InlineData("Santiago de Compostela has a big church, and we eat tacos on Cinco de Mayo.")]
    [InlineData("At Cirque du Soleil the acrobats fly high above us.")]
    public void Places_and_events_built_with_particles_name_no_one(string story)
    {
        var judgment = fixture.Model.Evaluate(story);

        Assert.Empty(Found(judgment, story, EntityType.PersonName));
    }

    [Theory]
    [InlineData("My name is Fernández, Lola. I am in Year 2.", "Fernández, Lola")]
    [InlineData("My name is Mensah, Nana. I like drawing.", "Mensah, Nana")]
    public void An_inverted_name_whose_given_name_is_also_a_family_word_is_a_name(string story, string name)
    {
        var judgment = fixture.Model.Evaluate(story);

        Assert.Contains(name, Found(judgment, story, EntityType.PersonName));
        Assert.True(judgment.Identity.Flagged);
    }

    [Fact]
    public void A_private_name_one_swap_from_a_famous_one_is_still_a_name()
    {
        const string story = "Our art teacher is Claude Monte from next door. He paints with us on Fridays.";

        var judgment = fixture.Model.Evaluate(story);

        Assert.True(judgment.Identity.Flagged);
    }

    [Fact]
    public void A_surname_with_particles_found_in_pieces_keeps_the_title_rules_score()
    {
        const string story = "Mr. van der Berg is my teacher.";

        var judgment = fixture.Model.Evaluate(story);

        var name = Assert.Single(judgment.Entities, e => e.Type == EntityType.PersonName);
        Assert.Equal("Mr. van der Berg", story[name.Start..name.End]);
        Assert.True(name.Score >= 0.9);
    }

    [Fact]
    public void A_doctor_with_a_particle_and_an_english_word_for_a_surname_is_named()
    {
        const string story = "Dr. van Dam checks my ears at the clinic.";

        var judgment = fixture.Model.Evaluate(story);

        Assert.Contains("Dr. van Dam", Found(judgment, story, EntityType.Provider, EntityType.PersonName));
    }

    [Theory]
    [InlineData("Coach Sam says we can drink water when we are tired.")]
    [InlineData("Coach Bayo waves when the bus comes, and we wave back.")]
    [InlineData("We ride the Coach Bus to the museum with our class.")]
    [InlineData("We sing O Canada at the hockey game, and then we cheer.")]
    [InlineData("I live near Rio de Janeiro, and I like the beach.")]
    public void A_coach_by_first_name_and_words_like_particles_name_no_one(string story)
    {
        var judgment = fixture.Model.Evaluate(story);

        Assert.Empty(Found(judgment, story, EntityType.PersonName));
        Assert.False(judgment.Identity.Flagged);
    }

    [Theory]
    [InlineData("When they get to Hamburg, Oma is waiting on the platform with a big hug.")]
    [InlineData("Lots of people wear sunglasses at Holi. Priya can play her own way. Happy Holi, Priya!")]
    public void A_place_an_event_or_a_family_word_around_a_comma_is_no_inverted_name(string story)
    {
        var judgment = fixture.Model.Evaluate(story);

        Assert.Empty(Found(judgment, story, EntityType.PersonName));
        Assert.False(judgment.Identity.Flagged);
    }

    [Theory]
    [InlineData("Tía Lupe waits outside the shop with me.")]
    [InlineData("Ti\u0301a Lupe waits outside the shop with me.")]
    public void An_accented_spanish_aunt_before_a_first_name_is_a_bare_first_name(string story)
    {
        // Normalisation folds "Tía" to "Tia", a given name too; the accent the writer typed, precomposed or combining,
        // says it is a family word.
        var judgment = fixture.Model.Evaluate(story);

        Assert.Empty(Found(judgment, story, EntityType.PersonName));
        Assert.False(judgment.Identity.Flagged);
    }

    [Theory]
    [InlineData("My cousins, Tío Beto and Tía Carmen, will be there too.")]
    [InlineData("This Saturday I am going to sleep at my friend Ji-woo's house.")]
    public void Relatives_and_a_hyphenated_given_name_name_no_one(string story)
    {
        var judgment = fixture.Model.Evaluate(story);

        Assert.DoesNotContain(judgment.Entities, e => e.Category == Category.Identity);
        Assert.False(judgment.Identity.Flagged);
    }

    [Fact]
    public void A_shops_phone_number_identifies_no_one()
    {
        const string story = "A haircut costs £12. To book the next one, Taid can ring the shop on 01286 555 014, the number painted on the window.";

        var judgment = fixture.Model.Evaluate(story);

        Assert.DoesNotContain(judgment.Entities, e => e.Type == EntityType.Phone);
        Assert.False(judgment.Identity.Flagged);
    }

    [Fact]
    public void A_keyword_free_therapy_the_tagger_splits_in_pieces_stays()
    {
        const string story = "Every week I go to the lady who helps me when the worry feelings get too big.";

        var judgment = fixture.Model.Evaluate(story);

        Assert.True(judgment.Health.Flagged);
    }

    [Theory]
    [InlineData("We did a food challenge at the fair to see who could eat the most pancakes.")]
    [InlineData("I take speech classes for the debate team at school.")]
    public void Everyday_challenges_and_classes_are_no_therapy(string story)
    {
        var judgment = fixture.Model.Evaluate(story);

        Assert.False(judgment.Health.Flagged);
    }

    [Theory]
    [InlineData("After swimming, my eyes feel a bit itchy from the water. Feelings come and go like clouds.")]
    [InlineData("Your classroom helper sits near you during maths. Your teacher smiles and says good morning.")]
    public void An_everyday_feeling_with_its_cause_and_a_helper_in_class_are_no_health(string story)
    {
        var judgment = fixture.Model.Evaluate(story);

        Assert.DoesNotContain(judgment.Entities, e => e.Category == Category.Health);
        Assert.False(judgment.Health.Flagged);
    }

    [Theory]
    [InlineData("Every Thursday after school, Mina goes to braille lessons with her teacher.", "braille lessons")]
    [InlineData("Next week Tom has a neurology assessment at the hospital.", "neurology assessment")]
    public void A_short_therapy_named_by_what_it_is_stays(string story, string therapy)
    {
        var judgment = fixture.Model.Evaluate(story);

        Assert.Contains(Found(judgment, story, EntityType.Treatment), found => found.Contains(therapy, StringComparison.Ordinal));
    }

    [Fact]
    public void A_number_alone_is_no_health_entity()
    {
        const string story = "I sit on the edge of the pool in lane 3 with the other kids in my group.";

        var judgment = fixture.Model.Evaluate(story);

        Assert.DoesNotContain(judgment.Entities, e => e.Category == Category.Health);
    }
}
