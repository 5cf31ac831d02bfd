using static LlmSafety.Judge.Tests.Model.JudgmentTexts;

namespace LlmSafety.Judge.Tests.Model;

/// <summary>
/// Round 43's rules: dishes of many kitchens and a country's name are no health; a story of screens that names no
/// medicine has screen tablets; a tablet taken "with" is still a medicine's; "P.E. Day", a heading of another
/// language, a toy's owner after a comma, a skeleton named in quotes, a puppet said beside its name or named after it, a
/// name tag, Japanese and Korean family words, a grandmother's Māori given name, a hyphenated Chinese given name, a
/// Samoan greeting, a country's day and a dish are no identifiers; a bike helmet in a story of falls off the bike is a
/// ride's. The reviews' cases stay found: a surname that is a Portuguese word, a roll
/// call, a surname before "-sensei", a vet said beside a name, a dose at lunchtime in a story of screens, a helmet of
/// care.
/// </summary>
[Collection(TrainedJudgeCollection.Name)]
public class DishesTitlesAndScreenStoriesTests(TrainedJudgeFixture fixture)
{
    [Theory]
    [InlineData("It is Eid! In the evening we eat leftover biryani and a small bowl of kheer at my cousin's house.")]
    [InlineData("At lunchtime I will eat my jollof rice from my lunchbox. At playtime I can play on the climbing frame.")]
    [InlineData("At lunch I have bánh mì and an apple. Then we look at the jellyfish.")]
    [InlineData("We will eat puri, dosa and gulab jamun after the fireworks.")]
    [InlineData("For breakfast Grandma makes lentil soup and flatbread.")]
    [InlineData("Ate Joy is my nanny. She is from the Philippines. She walks me home from school.")]
    public void A_dish_or_a_country_is_no_health(string story)
    {
        var judgment = fixture.Model.Evaluate(story);

        Assert.Empty(Found(judgment, story, EntityType.Diagnosis, EntityType.Medication, EntityType.Treatment, EntityType.Device));
        Assert.False(judgment.Health.Flagged);
    }

    [Theory]
    [InlineData("# My Tablet Needs to Charge\n\nKofi likes to watch videos about space on his tablet. When the battery is low, a red line shows on the screen. Kofi says, \"My tablet needs to charge.\" He plugs in the cable.")]
    [InlineData("It will be noisy at the party. I can go to the quiet bedroom with my tablet for a break, and then come back.")]
    [InlineData("Our family tablet lives on the shelf. We have tablet rules. I only use the apps with the green star, and I can watch one video after dinner.")]
    public void A_tablet_of_a_story_of_screens_is_no_medicine(string story)
    {
        var judgment = fixture.Model.Evaluate(story);

        Assert.DoesNotContain(Found(judgment, story, EntityType.Medication, EntityType.Device), found => found.Contains("tablet", StringComparison.OrdinalIgnoreCase));
        Assert.False(judgment.Health.Flagged);
    }

    [Theory]
    [InlineData("We watch a video, play a game and take a photo in class. At lunch I go to the office for my tablet. It helps me focus.")]
    [InlineData("At holiday club we play games, watch videos and use the screen in the hall. I will have my second tablet at lunchtime.")]
    [InlineData("Leo has ADHD. In class we play a game on the screen and watch a video. Leo has his tablet at lunch.")]
    public void A_tablet_taken_in_a_story_of_screens_stays_a_medicine(string story)
    {
        var judgment = fixture.Model.Evaluate(story);

        Assert.Contains(Found(judgment, story, EntityType.Medication), found => found.Contains("tablet", StringComparison.OrdinalIgnoreCase));
        Assert.True(judgment.Health.Flagged);
    }

    [Theory]
    [InlineData("**P.E. Day**\n\nOn Mondays and Thursdays, my class has P.E. We run races in the hall.")]
    [InlineData("**Sofía Va al Cole**\n\nIn September, Sofía will start kindergarten.")]
    [InlineData("The patient is Gomdori, Min-jun's teddy bear. Gomdori says his paw hurts.")]
    [InlineData("There is a skeleton named \"Mr. Bones.\" Mr. Bones is not real. He is a model to help children learn about bones.")]
    [InlineData("Tonight it is table 7. The waiter's name tag says \"Dawit.\" Dawit will give everyone a menu.")]
    [InlineData("Every morning, Okaa-san puts Mochi's treat in her bowl. Then Okaa-san walks me to school.")]
    [InlineData("I used \"Nana Aroha\" like you asked. On Fridays, Nana Aroha picks me up from school.")]
    [InlineData("Lunar New Year is a big holiday for Mei-Lin's family. Usually Mei-Lin goes to bed at 8 o'clock.")]
    [InlineData("When we get to South Kensington, we go up the stairs and out into the daylight.")]
    [InlineData("At midnight everyone holds hands and sings Auld Lang Syne. Then we sing Maoz Tzur for Grandpa.")]
    [InlineData("Talofa, Sione! Soon you are going to start school. You are getting ready for school. Manuia, Sione!")]
    [InlineData("**Samchon Min-ho**\nSamchon Min-ho is visiting too. He tells funny stories about his dogs.")]
    [InlineData("On Saturday we go to Korean BBQ with Dad. After the game we eat at a Korean BBQ place.")]
    [InlineData("On Australia Day we go to the beach. On Saturday Kofi goes to the Chale Wote street festival in Accra.")]
    [InlineData("At the dentist's office, there is a puppet on the shelf. His name is Dr. Tooth. He has a big white smile.")]
    [InlineData("I am going to the children's doctor for my check-up. My brown teddy is coming too. His name is Dr. Bear. He has a tiny toy stethoscope.")]
    public void A_title_a_heading_or_a_toy_is_no_identifier(string story)
    {
        var judgment = fixture.Model.Evaluate(story);

        Assert.False(judgment.Identity.Flagged, string.Join(", ", judgment.Entities.Select(e => $"{e.Type} {story[e.Start..e.End]}")));
    }

    [Fact]
    public void A_heading_of_another_language_holds_no_surname()
    {
        const string Story = "**Lucas Vai para a Escola Nova / Lucas Goes to a New School**\n\nLucas is starting at a new school this week.";
        var judgment = fixture.Model.Evaluate(Story);

        Assert.DoesNotContain(Found(judgment, Story, EntityType.PersonName), found => found.Contains("Vai", StringComparison.Ordinal));
    }

    [Fact]
    public void A_puppet_said_beside_its_doctors_title_is_no_clinician()
    {
        const string Story = "Today, Min-jun is playing clinic with Dr. Hoot, his owl puppet. Dr. Hoot wears a tiny white coat.";
        var judgment = fixture.Model.Evaluate(Story);

        Assert.DoesNotContain(judgment.Entities, e => e.Type is EntityType.Provider or EntityType.PersonName);
    }

    [Theory]
    [InlineData("I will give Ms. Lucia Machado a thank-you card.", "Machado")]
    [InlineData("My teacher is Oba-sensei. She plays the piano.", "Oba")]
    [InlineData("On Tuesday we take our cat to Dr. Kaur, a vet for horses and cats.", "Kaur")]
    [InlineData("Mrs. A.M. Lopez is my teacher this year.", "Lopez")]
    [InlineData("The vet was very kind to my puppy. Her name is Mrs. Mendes.", "Mendes")]
    [InlineData("Our cat sleeps on my bed. Today I see a new doctor. His name is Dr. Ahmed.", "Ahmed")]
    [InlineData("Georgia Day is my teacher this year.", "Day")]
    [InlineData("My teacher is Priya Sarma.", "Sarma")]
    [InlineData("Mrs. Bento helps me at lunch.", "Bento")]
    [InlineData("My teddy sits on my lap. The doctor's coming now. His name is Dr. Ahmed.", "Ahmed")]
    [InlineData("Unni Menon is my music teacher.", "Menon")]
    [InlineData("Fifita, Sione! It is your turn to swim.", "Fifita")]
    public void Real_names_beside_the_new_rules_stay_found(string story, string name)
    {
        var judgment = fixture.Model.Evaluate(story);

        Assert.Contains(Found(judgment, story, EntityType.PersonName, EntityType.Provider), found => found.Contains(name, StringComparison.Ordinal));
        Assert.True(judgment.Identity.Flagged);
    }

    [Fact]
    public void A_bike_helmet_in_a_story_of_falls_off_the_bike_is_no_device()
    {
        const string Story = "I like Spider-Man. I can be brave when I ride my bike. First I put on my helmet. My helmet is red and blue. If I fall off my bike, my helmet keeps my head safe.";
        var judgment = fixture.Model.Evaluate(Story);

        Assert.False(judgment.Health.Flagged, string.Join(", ", judgment.Entities.Select(e => $"{e.Type} {Story[e.Start..e.End]}")));
    }

    [Fact]
    public void A_helmet_of_care_in_a_story_that_names_a_scooter_stays_a_device()
    {
        const string Story = "I wear my helmet all day at school. It keeps my head safe when I fall. At home I ride my scooter with Dad.";
        var judgment = fixture.Model.Evaluate(Story);

        Assert.Contains(Found(judgment, Story, EntityType.Device), found => found.Contains("helmet", StringComparison.OrdinalIgnoreCase));
    }
}
