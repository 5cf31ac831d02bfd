using static LlmSafety.Judge.Tests.Model.JudgmentTexts;

namespace LlmSafety.Judge.Tests.Model;

/// <summary>
/// Round 49's rules and their near misses: a grandparent's family word of South Asia before a given name, a Filipino
/// aunt's title before a name that is an English word in a story of Tagalog words, an awareness week of a dental word,
/// a town of one word after "in", lifesavers who watch, a museum's model of lungs, a school's Art Club, a "thinking
/// brain", medicines children in general might need, an allergy denied, a four-year-old's vaccinations, a cousin's
/// "Fiesta", birthday wishes in Hebrew and Turkish and a teacher's definition of epilepsy. Against them: a surname
/// after the family word, the same title in an English story, a dental practice, a person after "in" who owns the
/// place (a surname alone too), a seizure watch (worn "while" one sleeps too), an X-ray picture of one's own arm, a
/// chart of one's own seizures, a club with a place's name, a tumour beside a "worry brain", a named child's or one's
/// own medicine given as such an example, a paediatric clinic's appointment, an inhaler not needed "today", injections
/// after "I have diabetes", a teacher whose given name is a word of a Hebrew greeting, and epilepsy that Mum says "is
/// something I have".
/// </summary>
[Collection(TrainedJudgeCollection.Name)]
public class ReviewedNearMissesRound49Tests(TrainedJudgeFixture fixture)
{
    [Theory]
    [InlineData("When Dada Rahim comes to pick Inaya up, the sky is getting darker.")]
    [InlineData("Dadu Karim and Nanu Salma wave from the car.")]
    [InlineData("After lunch at Tita Rose's house, it is nap time. She says, \"Tulog na, mga anak.\" Each child has a banig mat. Then we have merienda.")]
    [InlineData("Next week is Dental Health Week at school. We will learn how to brush.")]
    [InlineData("Visiting Abuelita in Oaxaca\n\nIn November I will fly to Oaxaca with Mamá to see her.")]
    [InlineData("Uncle Femi lives in Lagos. We will visit him in the summer.")]
    [InlineData("At my school there are clubs after lunch. One of them is Art Club. I love painting.")]
    [InlineData("Going to Valentina's Fiesta\n\nOn Sunday, I am going to my cousin Valentina's birthday party.")]
    [InlineData("At the party everyone sings Yom Huledet Sameach to Noa, and then we eat cake.")]
    [InlineData("On Saturday we are going to the Doğum Günü Partisi at Elif's house.")]
    [InlineData("On Friday it is Purple Day. Kofi's teacher says that epilepsy is something some people have in their brain.")]
    public void A_relative_an_awareness_week_or_a_town_is_no_identifier(string story)
    {
        var judgment = fixture.Model.Evaluate(story);

        Assert.False(judgment.Identity.Flagged, string.Join(", ", judgment.Entities.Select(e => story[e.Start..e.End])));
    }

    [Theory]
    [InlineData("At the beach we swim between the flags. The lifesavers watch from their tower.")]
    [InlineData("At the museum I can see a giant model of lungs and listen to a heartbeat.")]
    [InlineData("Chess Club is a good place to use my thinking brain and make friends.")]
    [InlineData("The grown-ups bring the first-aid bag. They also bring any medicines that children in the group might need, like inhalers.")]
    [InlineData("Some children have allergies. Even if I don't have an allergy, I can help my friends.")]
    [InlineData("## Getting My 4-Year Vaccinations\nI am four now! When children turn four, they get their big-kid vaccinations.\nOn Monday, Papi and I go to the clinic.\nThe nurse will give me two little injections, one in each arm.")]
    public void People_watching_a_model_of_the_body_or_anyones_needs_are_no_health_information(string story)
    {
        var judgment = fixture.Model.Evaluate(story);

        Assert.False(judgment.Health.Flagged, string.Join(", ", judgment.Entities.Select(e => story[e.Start..e.End])));
    }

    [Theory]
    [InlineData("I wear my seizure watch every day, even at the pool.", "seizure watch")]
    [InlineData("I looked at the X-ray picture of my broken arm.", "broken arm")]
    [InlineData("My worry brain is loud, and the doctor found a brain tumour last spring.", "brain tumour")]
    [InlineData("The nurse keeps things that kids might need, like Mia's EpiPen.", "EpiPen")]
    [InlineData("Mum packs the things that I might need on the trip, like my inhaler.", "inhaler")]
    [InlineData("I wear my seizure watch while I sleep.", "seizure watch")]
    [InlineData("Mum keeps a chart of my seizures on the fridge.", "seizures")]
    [InlineData("I don't have an allergy, but my brother does. He carries his EpiPen.", "EpiPen")]
    [InlineData("I don't need an inhaler today because my chest feels fine.", "inhaler")]
    [InlineData("When children turn four, they get their vaccinations. I have diabetes. The nurse will give me two injections.", "injections")]
    [InlineData("Mum says that epilepsy is something I have, and my medicine helps.", "epilepsy")]
    public void Ones_own_or_a_named_childs_care_near_this_rounds_rules_stays_found(string story, string words)
    {
        var judgment = fixture.Model.Evaluate(story);

        Assert.Contains(Found(judgment, story, EntityType.Diagnosis, EntityType.Medication, EntityType.Device, EntityType.Treatment), text => text.Contains(words, StringComparison.Ordinal));
        Assert.True(judgment.Health.Flagged);
    }

    [Theory]
    [InlineData("Tia Rose sings a soft song before the class goes home.", "Tia Rose")]
    [InlineData("Our coach is Dada Okafor. He blows the whistle at four.", "Okafor")]
    [InlineData("Mia goes to Riverside Dental Practice on Tuesday.", "Riverside Dental Practice")]
    [InlineData("Today I will sit in Mr. Barker's class for reading.", "Barker")]
    [InlineData("We play in Priya Sharma's garden after school.", "Priya Sharma")]
    [InlineData("On Fridays I go to Riverside Art Club with my brother.", "Riverside Art Club")]
    [InlineData("We are reading in Okafor's class today.", "Okafor")]
    [InlineData("My Hebrew teacher is Tov Cohen. He plays the guitar.", "Cohen")]
    [InlineData("Tomorrow is my Riverside Paediatrics Appointment with Mum.", "Riverside Paediatrics")]
    public void A_name_near_this_rounds_rules_stays_found(string story, string name)
    {
        var judgment = fixture.Model.Evaluate(story);

        Assert.Contains(Found(judgment, story, EntityType.PersonName, EntityType.Organization), text => text.Contains(name, StringComparison.Ordinal));
        Assert.True(judgment.Identity.Flagged);
    }
}
