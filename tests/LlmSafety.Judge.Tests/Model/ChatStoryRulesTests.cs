using static LlmSafety.Judge.Tests.Model.JudgmentTexts;

namespace LlmSafety.Judge.Tests.Model;

/// <summary>
/// What the fifth hand-written set taught: chat-model stories from British, Australian and US settings with
/// repeated identifiers, kin titles, sounds, clinicians named in passing and follow-up mentions.
/// </summary>
[Collection(TrainedJudgeCollection.Name)]
public class ChatStoryRulesTests(TrainedJudgeFixture fixture)
{
    [Theory]
    [InlineData("The PE teacher shows us how to take a shot. Most shots miss at first. Even famous players miss lots of shots.")]
    [InlineData("At the sleepover I might miss home a little. That is okay. I can call Mum before bed.")]
    public void The_verb_miss_is_no_title(string story)
    {
        var judgment = fixture.Model.Evaluate(story);

        Assert.Empty(Found(judgment, story, EntityType.PersonName));
        Assert.False(judgment.Identity.Flagged);
    }

    [Fact]
    public void A_kin_title_before_a_first_name_is_a_bare_first_name()
    {
        const string story = "On Saturday we drive to Aunty Rania's house for the party. Aunty Rania gives me a hug. Uncle Femi cuts the cake.";

        var judgment = fixture.Model.Evaluate(story);

        Assert.Empty(Found(judgment, story, EntityType.PersonName));
        Assert.False(judgment.Identity.Flagged);
    }

    [Fact]
    public void A_sound_said_three_times_is_no_name()
    {
        const string story = "🔔 Fire Drill Day\n\nSometimes the alarm rings. BEEP BEEP BEEP! It is very loud. I cover my ears and walk outside with my class.";

        var judgment = fixture.Model.Evaluate(story);

        Assert.Empty(Found(judgment, story, EntityType.PersonName));
        Assert.False(judgment.Identity.Flagged);
    }

    [Fact]
    public void Someones_wheelchair_belongs_to_no_one()
    {
        const string story = """
            Some children walk to get around, and some children use wheelchairs. A wheelchair is like legs with wheels.
            It is not a toy, so we do not push someone's wheelchair unless they ask us to.
            """;

        var judgment = fixture.Model.Evaluate(story);

        Assert.Empty(Found(judgment, story, EntityType.Device));
        Assert.False(judgment.Health.Flagged);
    }

    [Fact]
    public void A_stretch_of_time_is_no_treatment()
    {
        const string story = "This story is for you, Mateo, for the first week at your new school. You will find your classroom and hang up your bag.";

        var judgment = fixture.Model.Evaluate(story);

        Assert.DoesNotContain(judgment.Entities, e => e.Category == Category.Health);
    }

    [Fact]
    public void A_therapist_named_after_is_a_provider_in_every_mention()
    {
        const string story = """
            On Tuesday I am going to start occupational therapy. My therapist is Ms. Deepa Raman.

            What happens: Ms. Raman comes out and says hello.
            What I can do: Wave or say "Hi."

            Every week I will go back and see Ms. Raman.
            """;

        var judgment = fixture.Model.Evaluate(story);

        Assert.Empty(Found(judgment, story, EntityType.PersonName));
        Assert.Equal(3, Found(judgment, story, EntityType.Provider).Count());
        Assert.True(judgment.Identity.Flagged);
    }

    [Fact]
    public void A_substitute_teacher_named_as_a_person_elsewhere_is_no_provider()
    {
        const string story = """
            Tomorrow our substitute will be Mr. Kowalski. He has taught in our class before. He is tall and he has a beard.

            Mr. Kowalski might do some things differently. He might call me "Jonathan" instead of "Jonah." I can politely say, "I like to be called Jonah."

            If I feel upset, I can use my calm-down card. Mr. Kowalski will know about the reading tent.
            """;

        var judgment = fixture.Model.Evaluate(story);

        Assert.Empty(Found(judgment, story, EntityType.Provider));
        Assert.False(judgment.Health.Flagged, $"health {judgment.Health.Score:0.00}");
        Assert.True(judgment.Identity.Flagged);
    }

    [Fact]
    public void An_identifier_is_found_and_redacted_wherever_it_is_repeated()
    {
        const string story = """
            Your student ID card has your photo on it. Your student ID number is 20417783. It is printed under your picture.

            At the end of the line there is a keypad. You will type 20417783 and press the green button.
            """;

        var judgment = fixture.Model.Evaluate(story);

        Assert.Equal(["20417783", "20417783"], Found(judgment, story, EntityType.IdNumber));
        Assert.DoesNotContain("20417783", judgment.RedactedText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_follow_up_mention_without_a_person_stays_the_childs_but_a_general_one_does_not()
    {
        const string story = """
            My ears do not hear quiet sounds very well, so I wear hearing aids every day.

            Hearing aids must stay dry. Before I swim, Mam keeps them in a box.

            Some kids wear hearing aids too.
            """;

        var judgment = fixture.Model.Evaluate(story);

        Assert.Equal(["hearing aids", "Hearing aids"], Found(judgment, story, EntityType.Device));
    }

    [Fact]
    public void A_school_subject_in_capitals_is_no_diagnosis()
    {
        const string story = "On Thursdays, Ciarán's class has PE in the gym. This month they are learning basketball. After PE, everyone lines up at the door.";

        var judgment = fixture.Model.Evaluate(story);

        Assert.DoesNotContain(judgment.Entities, e => e.Category == Category.Health);
        Assert.False(judgment.Health.Flagged);
    }

    [Fact]
    public void A_body_part_held_still_and_the_noises_of_a_sensory_story_are_no_condition()
    {
        const string story = """
            At the dentist I sit in the big chair and keep my mouth open. My hands stay still on my lap.
            I do not like loud noises or bright lights, so I can wear my sunglasses. Then we go home.
            """;

        var judgment = fixture.Model.Evaluate(story);

        Assert.DoesNotContain(judgment.Entities, e => e.Category == Category.Health);
        Assert.False(judgment.Health.Flagged);
    }

    [Fact]
    public void A_name_does_not_run_across_the_end_of_a_sentence()
    {
        const string story = "Today I am going to see the doctor. Clara waits with me in the room. We read a book about trains.";

        var judgment = fixture.Model.Evaluate(story);

        Assert.DoesNotContain(judgment.Entities, e => e.Type is EntityType.Provider or EntityType.PersonName);
        Assert.False(judgment.Identity.Flagged);
    }

    [Theory]
    [InlineData("Ana's SSN is 892-15-7163. Mom keeps it in a safe place at home.")]
    [InlineData("Her NHS number is 943 476 5919, and it is on the letter Dad keeps in the drawer.")]
    public void The_name_of_an_identifier_is_no_diagnosis(string story)
    {
        var judgment = fixture.Model.Evaluate(story);

        Assert.DoesNotContain(judgment.Entities, e => e.Category == Category.Health);
        Assert.Contains(judgment.Entities, e => e.Type == EntityType.IdNumber);
    }

    [Fact]
    public void A_room_and_its_number_is_no_diagnosis()
    {
        const string story = "After lunch I go to room 21 for quiet reading. I sit at table 4 next to my friend Leo.";

        var judgment = fixture.Model.Evaluate(story);

        Assert.DoesNotContain(judgment.Entities, e => e.Category == Category.Health);
        Assert.False(judgment.Health.Flagged);
    }
}
