using static LlmSafety.Judge.Tests.Model.JudgmentTexts;

namespace LlmSafety.Judge.Tests.Model;

/// <summary>
/// What the twenty-first hand-written set taught: the medicine of a game of doctors and a story-book character's cough
/// are make-believe; "their" of "anyone" is nobody's; the X-ray that looks into suitcases is no test of a body; a
/// children's team is named with its age group or after "play for the"; "Hospital" opens Spanish hospitals' names;
/// "al-Khoury" and "MacLeod" are surnames; and (from the seventeenth set) shoes that help legs grow straight; and
/// (from the twenty-second) a patch over an eye, props made of cardboard, prices in naira, and conditions, medicines
/// and therapies named in Spanish, French or German.
/// </summary>
[Collection(TrainedJudgeCollection.Name)]
public class TwentyFirstSetRulesTests(TrainedJudgeFixture fixture)
{
    [Theory]
    [InlineData("I give Bruno a spoonful of pretend medicine.")]
    [InlineData("We play hospital and I give Dolly some play medicine and a toy inhaler.")]
    [InlineData("My little sister gives her teddy some make-believe medicine.")]
    [InlineData("In the book, Peppa Pig is poorly. She has a bad cough and stays in bed.")]
    [InlineData("Harry Potter has a lightning scar on his head.")]
    [InlineData("I should never laugh at anyone for how their body or brain works.")]
    [InlineData("Our bags go through an X-ray machine at the airport.")]
    public void Make_believe_nobodys_health_and_luggage_scanners_are_no_disclosure(string story)
    {
        var judgment = fixture.Model.Evaluate(story);

        Assert.Empty(Found(judgment, story, EntityType.Diagnosis, EntityType.Medication, EntityType.Treatment, EntityType.Device));
        Assert.False(judgment.Health.Flagged);
    }

    [Theory]
    [InlineData("After play, Mum gives me my medicine for my epilepsy.", "epilepsy")]
    [InlineData("Lily goes to play therapy every Tuesday because of her anxiety.", "play therapy")]
    [InlineData("Elsa has asthma and uses her inhaler.", "asthma")]
    [InlineData("We saw some Lego at the Natural History Museum. At night, he takes his Lamictal.", "Lamictal")]
    [InlineData("Other kids sometimes ask about their medical alert bracelet, and they can explain it.", "medical alert bracelet")]
    [InlineData("At the airport hospital I had an X-ray of my arm because it was broken.", "X-ray")]
    [InlineData("Mia loves Peppa Pig. She has asthma.", "asthma")]
    [InlineData("Sam loves Lego. He takes Ritalin every morning.", "Ritalin")]
    [InlineData("Teddy wears hearing aids.", "hearing aids")]
    [InlineData("If someone asks about their medical alert bracelet, Noor can explain it.", "medical alert bracelet")]
    [InlineData("Mum carries my bag while I go into the MRI scanner.", "MRI")]
    [InlineData("Sam does not have to explain to anyone why their insulin pump beeps.", "insulin pump")]
    [InlineData("Leo's favourite shows are Bluey and Peppa Pig. He has asthma.", "asthma")]
    [InlineData("Leo can play wheelchair tennis with his dad.", "wheelchair")]
    public void A_childs_own_health_beside_play_characters_or_travel_is_still_found(string story, string word)
    {
        var judgment = fixture.Model.Evaluate(story);

        Assert.Contains(
            Found(judgment, story, EntityType.Diagnosis, EntityType.Medication, EntityType.Treatment, EntityType.Device),
            found => found.Contains(word, StringComparison.Ordinal));
        Assert.True(judgment.Health.Flagged);
    }

    [Fact]
    public void A_childs_anxiety_in_a_sentence_about_them_is_found_and_sent_for_review()
    {
        // Round 41: the retrained seed-42 model scores this one-sentence text in the uncertain band, so the verdict is a
        // review rather than a flag; the anxiety is still found as the child's.
        const string Story = "When Alex feels worried, they can talk to someone about their anxiety.";

        var judgment = fixture.Model.Evaluate(Story);

        Assert.Contains(Found(judgment, Story, EntityType.Diagnosis), found => found.Contains("anxiety", StringComparison.Ordinal));
        Assert.NotEqual(Verdict.Safe, judgment.Verdict);
    }

    [Theory]
    [InlineData("My name is Lucas and I play for the Riverside Rovers Under-8s.", "Riverside Rovers Under-8s")]
    [InlineData("On Saturdays Tomás plays for Kelso Harriers U9s.", "Kelso Harriers U9s")]
    [InlineData("Aoife is in the Ballyhale Shamrocks Under 10s this year.", "Ballyhale Shamrocks Under 10s")]
    public void A_team_with_an_age_group_is_an_organisation(string story, string team)
    {
        var judgment = fixture.Model.Evaluate(story);

        Assert.Contains(team, Found(judgment, story, EntityType.Organization));
        Assert.DoesNotContain(Found(judgment, story, EntityType.PersonName), found => team.Contains(found, StringComparison.Ordinal));
        Assert.True(judgment.Identity.Flagged);
    }

    [Fact]
    public void The_team_said_again_without_its_age_group_is_the_team()
    {
        const string story = "I play for the Riverside Rovers Under-8s. On Sunday the Riverside Rovers have a fun day.";

        var judgment = fixture.Model.Evaluate(story);

        Assert.Equal(["Riverside Rovers Under-8s", "Riverside Rovers"], Found(judgment, story, EntityType.Organization));
    }

    [Theory]
    [InlineData("Coach Sam\nUnder 8s practice is fun.")]
    [InlineData("I go swimming with Leo Under-8s lessons.")]
    [InlineData("The pool has a session for children under 8s on Fridays.")]
    public void Names_and_ages_are_no_youth_team(string story)
    {
        var judgment = fixture.Model.Evaluate(story);

        Assert.DoesNotContain(judgment.Entities, e => e.Source == "rule:youth-team");
    }

    [Theory]
    [InlineData("My summer camp is run by the Guarulhos Eagles.", "Guarulhos Eagles")]
    [InlineData("I play for the Marbella Dolphins on Saturdays.", "Marbella Dolphins")]
    [InlineData("He is on the Lakeside Tigers this year.", "Lakeside Tigers")]
    [InlineData("The coach of the South Dannie Dolphins says I am a great teammate.", "South Dannie Dolphins")]
    [InlineData("He plays for Ballyrowan GAA under-8s on Saturdays.", "Ballyrowan GAA under-8s")]
    public void A_team_the_child_plays_in_is_an_organisation(string story, string team)
    {
        var judgment = fixture.Model.Evaluate(story);

        Assert.Contains(team, Found(judgment, story, EntityType.Organization));
        Assert.True(judgment.Identity.Flagged);
    }

    [Theory]
    [InlineData("Mia is in the Busy Bees room at nursery.")]
    [InlineData("I want to join the Red Lions one day.")]
    [InlineData("I am in the Little Owls group at nursery.")]
    public void Nursery_rooms_and_plain_words_are_no_team(string story)
    {
        var judgment = fixture.Model.Evaluate(story);

        Assert.Empty(Found(judgment, story, EntityType.Organization, EntityType.PersonName));
        Assert.False(judgment.Identity.Flagged);
    }

    [Theory]
    [InlineData("My grandmother is called Teta. Her full name is Samira al-Khoury. She lives in Beirut.", "Samira al-Khoury")]
    [InlineData("Isla's Haircut\n\nIsla MacLeod lives in Inverness. On Saturday, Granny is taking her.", "Isla MacLeod")]
    public void Arabic_article_and_gaelic_mac_surnames_make_full_names(string story, string name)
    {
        var judgment = fixture.Model.Evaluate(story);

        Assert.Contains(name, Found(judgment, story, EntityType.PersonName));
        Assert.True(judgment.Identity.Flagged);
    }

    [Theory]
    [InlineData("There is also a white coat like the one Doc McStuffins wears.")]
    [InlineData("I write my stories on my MacBook.")]
    public void A_cartoon_doctor_and_a_laptop_are_no_surname(string story)
    {
        var judgment = fixture.Model.Evaluate(story);

        Assert.Empty(Found(judgment, story, EntityType.PersonName));
        Assert.False(judgment.Identity.Flagged);
    }

    [Theory]
    [InlineData("Next, I put on the special shoes that help my legs grow straight. They are stiff.", "the special shoes that help my legs grow straight")]
    [InlineData("At night Ife wears her special boots that keep her feet straight.", "her special boots that keep her feet straight")]
    public void Shoes_that_straighten_legs_are_a_device(string story, string device)
    {
        var judgment = fixture.Model.Evaluate(story);

        Assert.Contains(device, Found(judgment, story, EntityType.Device));
        Assert.True(judgment.Health.Flagged);
    }

    [Theory]
    [InlineData("My football boots help my legs kick straight.")]
    [InlineData("My new shoes help me walk to school.")]
    [InlineData("Good shoes keep your back straight when you walk.")]
    [InlineData("Shoes that fit well help your feet grow straight.")]
    [InlineData("My braces help my teeth grow straight.")]
    [InlineData("Leo puts a sticker patch on his right arm.")]
    public void Everyday_shoes_and_straight_backs_are_no_care_object(string story)
    {
        var judgment = fixture.Model.Evaluate(story);

        Assert.DoesNotContain(judgment.Entities, e => e.Source == "rule:care-object");
    }

    [Fact]
    public void A_town_named_like_a_currency_is_still_an_address()
    {
        const string story = "Leo lives at 18 Oakfield Park, Birr.";

        var judgment = fixture.Model.Evaluate(story);

        Assert.NotEmpty(Found(judgment, story, EntityType.Address));
        Assert.True(judgment.Identity.Flagged);
    }

    [Theory]
    [InlineData("At school, the tube in my tummy gives me my food.", "the tube in my tummy")]
    [InlineData("After I brush my teeth, the machine that helps me breathe goes on.", "the machine that helps me breathe")]
    [InlineData("When it starts to rain, the sensor on my arm stays dry under my coat.", "the sensor on my arm")]
    public void Words_of_shoes_and_patches_leave_other_care_objects_alone(string story, string device)
    {
        var judgment = fixture.Model.Evaluate(story);

        Assert.Contains(device, Found(judgment, story, EntityType.Device));
    }

    [Fact]
    public void A_patch_over_an_eye_is_a_device()
    {
        const string story = "To help the lazier eye get stronger, Priya wears a sticky patch over her strong eye for two hours every day.";

        var judgment = fixture.Model.Evaluate(story);

        Assert.Contains("patch over her strong eye", Found(judgment, story, EntityType.Device));
        Assert.True(judgment.Health.Flagged);
    }

    [Theory]
    [InlineData("He wears a pirate patch over his eye at the party.")]
    [InlineData("I am playing Doctor Owl! I wear a white coat and a stethoscope made of cardboard and string.")]
    public void A_pirates_patch_and_a_cardboard_stethoscope_are_props(string story)
    {
        var judgment = fixture.Model.Evaluate(story);

        Assert.Empty(Found(judgment, story, EntityType.Diagnosis, EntityType.Medication, EntityType.Treatment, EntityType.Device));
        Assert.False(judgment.Health.Flagged);
    }

    [Theory]
    [InlineData("Daddy pays the barber 2,000 naira, and they go home.")]
    [InlineData("The ticket costs 450 rupees for grown-ups.")]
    public void A_price_is_no_address(string story)
    {
        var judgment = fixture.Model.Evaluate(story);

        Assert.Empty(Found(judgment, story, EntityType.Address));
        Assert.False(judgment.Identity.Flagged);
    }

    [Theory]
    [InlineData("Sofía tiene Síndrome de Down y toma amoxicilina.", "Síndrome de Down")]
    [InlineData("Sofía has Síndrome de Down and takes amoxicilina for her ears.", "amoxicilina")]
    [InlineData("On Tuesdays Lena goes to Ergotherapie with Frau Schneider.", "Ergotherapie")]
    [InlineData("Le mardi, Chloé va chez l'orthophoniste pour son bégaiement.", "begaiement")]
    public void Conditions_medicines_and_therapies_named_in_other_languages_are_health_words(string story, string word)
    {
        var judgment = fixture.Model.Evaluate(story);

        Assert.Contains(
            Found(judgment, story, EntityType.Diagnosis, EntityType.Medication, EntityType.Treatment),
            found => Fold(found).Contains(Fold(word), StringComparison.OrdinalIgnoreCase));
        Assert.True(judgment.Health.Flagged);
    }

    private static string Fold(string text) =>
        new(text.Normalize(System.Text.NormalizationForm.FormD).Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark).ToArray());

    [Fact]
    public void Hospital_opening_a_spanish_name_makes_an_organisation()
    {
        const string story = "Next Friday, Mamá and I are going to Hospital Infantil Universitario Niño Jesús in Madrid.";

        var judgment = fixture.Model.Evaluate(story);

        Assert.Equal(["Hospital Infantil Universitario Niño Jesús"], Found(judgment, story, EntityType.Organization));
        Assert.Empty(Found(judgment, story, EntityType.PersonName));
    }

    [Theory]
    [InlineData("We drove down Hospital Road to get to the park.")]
    [InlineData("Next week she goes to the Children's University Hospital Kraków for a check.")]
    [InlineData("She goes to Children's Hospital Colorado for her check.")]
    [InlineData("At the Hospital Jamie is very brave.")]
    public void Hospital_after_a_name_or_before_a_street_word_or_a_child_opens_nothing(string story)
    {
        var judgment = fixture.Model.Evaluate(story);

        Assert.DoesNotContain(judgment.Entities, e => e.Source == "rule:head-first-organization");
    }
}
