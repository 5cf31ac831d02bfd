using LlmSafety.Judge.Lexicons;
using LlmSafety.Narratives.Simulation.Catalog;
using LlmSafety.Narratives.Simulation.People;
using LlmSafety.Narratives.Simulation.Text;

namespace LlmSafety.Narratives.Tests.Simulation;

public sealed class CatalogTests
{
    public static TheoryData<NarrativeVoice> Voices => [NarrativeVoice.First, NarrativeVoice.Second, NarrativeVoice.Third];

    private static IEnumerable<string> AllTemplates() =>
        ScenarioFamilies.All.SelectMany(f => f.Sentences)
            .Concat(StoryFrame.Openings).Concat(StoryFrame.Coping).Concat(StoryFrame.Endings)
            .Concat(IdentityTemplates.All.Select(t => t.Template))
            .Concat(HealthTemplates.All.Select(t => t.Template))
            .Concat(HardNegatives.All.SelectMany(f => f.Templates).Select(t => t.Template));

    [Theory]
    [MemberData(nameof(Voices))]
    public void Every_template_renders_in_every_voice_without_leftover_markup(NarrativeVoice voice)
    {
        var family = new FakeFamilyFactory().Create(new Random(5));
        var values = new Dictionary<string, string>(family.Values) { ["situation"] = "going to the dentist" };
        foreach (var pronouns in new[] { Pronouns.He, Pronouns.She, Pronouns.They })
        {
            var renderer = new TemplateRenderer(new StoryContext(voice, pronouns, family.FirstName, values));
            foreach (var template in AllTemplates())
            {
                var text = renderer.Render(template).Text;

                Assert.DoesNotContain("{", text, StringComparison.Ordinal);
                Assert.DoesNotContain("[[", text, StringComparison.Ordinal);
                Assert.True(char.IsUpper(text[0]) || char.IsDigit(text[0]) || text[0] is '$' or '@' or '"', $"'{text}' does not start a sentence");
                Assert.Matches("[.!?\"]$", text);
            }
        }
    }

    [Fact]
    public void Third_person_agreement_follows_the_pronoun()
    {
        var values = new Dictionary<string, string> { ["firstName"] = "Maya" };
        string Render(Pronouns pronouns) =>
            new TemplateRenderer(new StoryContext(NarrativeVoice.Third, pronouns, "Maya", values)).Render("{I} take{s} {my} coat and {am} ready.").Text;

        Assert.Equal("She takes her coat and is ready.", Render(Pronouns.She));
        Assert.Equal("They take their coat and are ready.", Render(Pronouns.They));
        Assert.Equal(
            "I take my coat and am ready.",
            new TemplateRenderer(new StoryContext(NarrativeVoice.First, Pronouns.He, "Maya", values)).Render("{I} take{s} {my} coat and {am} ready.").Text);
    }

    [Fact]
    public void Every_condition_has_values_for_every_health_template()
    {
        Assert.All(HealthConditions.All, condition =>
        {
            Assert.NotEmpty(condition.Diagnoses);
            Assert.NotEmpty(condition.Medications);
            Assert.NotEmpty(condition.Therapies);
            Assert.NotEmpty(condition.Devices);
            Assert.NotEmpty(condition.Procedures);
            Assert.NotEmpty(condition.TestResults);
            Assert.NotEmpty(condition.Specialists);
            Assert.NotEmpty(ConditionSymptoms.For(condition.Id));
        });
        Assert.All(HealthTemplates.All.Where(t => t.ConditionId is not null),
            t => Assert.Contains(HealthConditions.All, c => c.Id == t.ConditionId));
    }

    [Fact]
    public void Symptom_phrases_name_no_condition_medicine_or_device_and_carry_no_pronoun()
    {
        // Phrases are inserted as they are, in every voice: no pronoun of the child's may be in them ("them" of "legs
        // that do not do what the brain tells them" is the legs).
        string[] pronouns = ["i", "me", "my", "you", "your", "he", "him", "his", "she", "her", "their"];
        var named = new[] { LexiconKind.Diagnosis, LexiconKind.Medication, LexiconKind.Device, LexiconKind.Treatment }
            .SelectMany(LexiconSet.Entries)
            .ToArray();
        Assert.All(HealthConditions.All.SelectMany(c => ConditionSymptoms.For(c.Id)), phrase =>
        {
            var words = phrase.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
            var padded = $" {string.Join(' ', words)} ";
            Assert.DoesNotContain(words, w => pronouns.Contains(w, StringComparer.OrdinalIgnoreCase));
            Assert.DoesNotContain(named, entry => padded.Contains($" {entry} ", StringComparison.OrdinalIgnoreCase));
        });
    }
}
