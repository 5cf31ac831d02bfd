using System.Text.Json;
using LlmSafety.Judge.Data;
using LlmSafety.Narratives.Simulation;
using LlmSafety.Narratives.Simulation.Catalog;
using LlmSafety.Narratives.Simulation.Text;

namespace LlmSafety.Narratives.Tests.Simulation;

[Collection(SimulatedDatasetCollection.Name)]
public sealed class NarrativeSimulatorTests(SimulatedDataset dataset)
{
    private IEnumerable<LabelledNarrative> Records => dataset.Stories.Select(s => s.Record);

    [Fact]
    public void Same_seed_gives_byte_identical_records()
    {
        var first = JsonSerializer.Serialize(new NarrativeSimulator().Generate(300, seed: 7));
        var second = JsonSerializer.Serialize(new NarrativeSimulator().Generate(300, seed: 7));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Different_seeds_give_different_stories()
    {
        var first = new NarrativeSimulator().Generate(50, seed: 1).Select(r => r.Text);
        var second = new NarrativeSimulator().Generate(50, seed: 2).Select(r => r.Text);

        Assert.Empty(first.Intersect(second));
    }

    [Fact]
    public void Can_be_limited_to_chosen_families()
    {
        var dentist = ScenarioFamilies.All.Single(f => f.Id == "dentist");

        var records = new NarrativeSimulator([dentist]).Generate(40, seed: 3);

        Assert.All(records, r => Assert.Equal("dentist", r.Family));
        Assert.All(records, r => Assert.Contains("dentist", r.Text, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Catalog_and_output_cover_at_least_forty_scenario_families()
    {
        Assert.True(ScenarioFamilies.All.Count >= 40);
        Assert.Equal(ScenarioFamilies.All.Count, ScenarioFamilies.All.Select(f => f.Id).Distinct().Count());
        Assert.True(Records.Select(r => r.Family).Distinct().Count() >= 40);
    }

    [Fact]
    public void Every_story_has_between_80_and_400_words()
    {
        foreach (var record in Records)
        {
            var words = WordCounter.Count(record.Text);
            Assert.InRange(words, NarrativeSimulator.MinWords, NarrativeSimulator.MaxWords);
        }
    }

    [Fact]
    public void Most_stories_open_on_a_title_line_that_discloses_nothing_and_some_list_their_steps()
    {
        var titled = Records.Where(r => r.Text.IndexOf('\n') is var end and > 0 && !".!?\"".Contains(r.Text[end - 1], StringComparison.Ordinal)).ToList();

        Assert.InRange(titled.Count, Records.Count() * 6 / 10, Records.Count() * 95 / 100);
        Assert.All(titled, r => Assert.DoesNotContain(r.Spans ?? [], s => s.Start < r.Text.IndexOf('\n')));
        Assert.Contains(Records, r => r.Text.StartsWith("**", StringComparison.Ordinal));
        Assert.Contains(Records, r => r.Text.StartsWith("# ", StringComparison.Ordinal));
        Assert.Contains(Records, r => r.Text.Contains("\n- ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_is_the_situation_in_title_case()
    {
        Assert.Equal("A Visit to the Doctor for a Check-Up", StoryTitle.TitleCase("a visit to the doctor for a check-up"));
        Assert.Equal("Going to the Dentist", StoryTitle.TitleCase("going to the dentist"));
    }

    [Fact]
    public void A_markdown_bullet_or_heading_mark_is_no_word()
    {
        Assert.Equal(5, WordCounter.Count("# Going to the Dentist\n- Brush."));
    }

    [Fact]
    public void A_named_doctor_makes_a_story_identity_positive_even_with_nothing_else_identifying()
    {
        var withProvider = Records.Where(r => (r.Spans ?? []).Any(s => s.Type == "PROVIDER")).ToList();

        Assert.NotEmpty(withProvider);
        Assert.All(withProvider, r => Assert.Equal(1, r.LabelIdentity));
        Assert.Contains(withProvider, r => r.Spans!.All(s => s.Type == "PROVIDER" || !EntityLabels.IsIdentity(s.Type)));
    }

    [Fact]
    public void All_three_voices_are_used()
    {
        Assert.Equal(["first", "second", "third"], Records.Select(r => r.Voice).Distinct().Order());
    }

    [Fact]
    public void Every_span_covers_exactly_the_injected_fake_value()
    {
        var checkedValues = 0;
        foreach (var story in dataset.Stories)
        {
            foreach (var span in story.Record.Spans!)
            {
                var text = story.Record.Text[span.Start..span.End];
                Assert.Equal(text.Trim(), text);
                Assert.DoesNotContain('\n', text);
                var candidates = ValueKeysFor(span.Type).Select(key => story.Values[key]).ToList();
                if (candidates.Count == 0 || IsParaphraseOrComposite(span.Type, text))
                {
                    continue;
                }

                var plain = Deobfuscate(text);
                Assert.Contains(candidates, value => string.Equals(value, plain, StringComparison.OrdinalIgnoreCase));
                checkedValues++;
            }
        }

        Assert.True(checkedValues > 2000, $"only {checkedValues} spans were compared with their values");
    }

    [Fact]
    public void A_bare_first_name_is_never_a_span()
    {
        foreach (var story in dataset.Stories)
        {
            var firstName = story.Values["firstName"];
            Assert.DoesNotContain(story.Record.Spans!, span =>
                string.Equals(story.Record.Text[span.Start..span.End], firstName, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void Labels_agree_with_span_types()
    {
        foreach (var record in Records)
        {
            Assert.Equal(record.LabelIdentity == 1, record.Spans!.Any(s => EntityLabels.CountsForIdentity(s.Type)));
            Assert.Equal(record.LabelHealth == 1, record.Spans!.Any(s => !EntityLabels.IsIdentity(s.Type)));
        }
    }

    [Fact]
    public void Spans_are_ordered_and_do_not_overlap()
    {
        foreach (var record in Records)
        {
            var spans = record.Spans!;
            for (var i = 1; i < spans.Count; i++)
            {
                Assert.True(spans[i - 1].End <= spans[i].Start, $"{record.Id}: spans {i - 1} and {i} overlap");
            }
        }
    }

    [Fact]
    public void Every_hard_negative_family_is_produced_and_stays_safe_in_safe_stories()
    {
        var produced = Records.Where(r => r.HardNegative is not null).Select(r => r.HardNegative).Distinct().ToHashSet();

        string[] required =
        [
            "health-education", "routine-care", "safety-lesson", "roles-without-names", "first-name-only",
            "fictional-characters", "medical-word-other-sense", "non-identifier-numbers",
        ];
        Assert.Superset(required.ToHashSet(), produced!);
        Assert.Contains(dataset.Stories, s => s.Kind == StoryKind.Safe && s.Record.HardNegative is not null
            && s.Record.LabelIdentity == 0 && s.Record.LabelHealth == 0 && s.Record.Spans!.Count == 0);
    }

    [Fact]
    public void Label_mix_is_roughly_35_20_20_25()
    {
        var total = (double)dataset.Stories.Count;
        double Share(int identity, int health) =>
            Records.Count(r => r.LabelIdentity == identity && r.LabelHealth == health) / total;

        Assert.InRange(Share(0, 0), 0.30, 0.40);
        Assert.InRange(Share(1, 0), 0.15, 0.25);
        Assert.InRange(Share(0, 1), 0.15, 0.25);
        Assert.InRange(Share(1, 1), 0.20, 0.30);
    }

    [Fact]
    public void Every_entity_type_appears_as_a_span()
    {
        var types = Records.SelectMany(r => r.Spans!).Select(s => s.Type).ToHashSet();

        Assert.Equal(Enum.GetValues<LlmSafety.Judge.EntityType>().Select(EntityLabels.ToLabel).ToHashSet(), types);
    }

    [Fact]
    public void Keyword_free_paraphrases_are_used()
    {
        Assert.Contains(Records, r => r.Templates!.Any(t => t.Contains("-p-", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_template_records_its_id_and_ids_are_unique()
    {
        var ids = IdentityTemplates.All.Select(t => t.Id)
            .Concat(HealthTemplates.All.Select(t => t.Id))
            .Concat(HardNegatives.All.SelectMany(f => f.Templates).Select(t => t.Id))
            .ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(Records.SelectMany(r => r.Templates!), id => Assert.Contains(id, ids));
    }

    [Fact]
    public void Each_entity_type_has_at_least_eight_templates()
    {
        var perType = IdentityTemplates.All.Concat(HealthTemplates.All).GroupBy(t => t.Type);

        Assert.All(perType, group => Assert.True(group.Count() >= 8, $"{group.Key} has {group.Count()} templates"));
    }

    [Fact]
    public void Names_come_from_many_origins()
    {
        var surnames = dataset.Stories.Select(s => s.Values["surname"]).Distinct().Count();

        Assert.True(surnames > 500, $"only {surnames} distinct surnames");
        Assert.Contains(dataset.Stories, s => s.Values["surname"] is "Okafor" or "Adeyemi" or "Okonkwo" or "Balogun" or "Eze");
    }

    [Fact]
    public void Some_identifiers_hide_behind_zero_width_or_full_width_characters()
    {
        var hidden = Records.SelectMany(r => r.Spans!.Select(s => r.Text[s.Start..s.End]))
            .Where(text => text.Contains('\u200B', StringComparison.Ordinal) || text.Any(c => c is >= '\uFF10' and <= '\uFF19'))
            .ToList();

        Assert.InRange(hidden.Count, 10, 300);
    }

    private static string Deobfuscate(string text) =>
        text.Replace("\u200B", "", StringComparison.Ordinal).Normalize(System.Text.NormalizationForm.FormKC);

    private static bool IsParaphraseOrComposite(string type, string text) =>
        type is "TREATMENT" or "DIAGNOSIS" or "MEDICATION" or "DEVICE" or "PROVIDER" && text.Contains(' ', StringComparison.Ordinal)
            && !text.StartsWith("Dr.", StringComparison.OrdinalIgnoreCase);

    private static string[] ValueKeysFor(string type) => type switch
    {
        "PERSON_NAME" => ["fullName", "surnameFirst", "initialSurname", "parentTitled", "parentFull", "siblingFull", "grandparentFull", "teacherTitled", "teacherFull", "middleName", "surname"],
        "ADDRESS" => ["address"],
        "PHONE" => ["phone"],
        "EMAIL" => ["email"],
        "DATE_OF_BIRTH" => ["dob"],
        "ID_NUMBER" => ["ssn", "mrn", "insurance", "studentId", "nhs"],
        "ORGANIZATION" => ["school", "team", "clinic"],
        "URL" => ["url", "handle"],
        "PROVIDER" => ["provider", "providerTitled"],
        _ => ["diagnosis", "medication", "therapy", "procedure", "testResult", "device", "deviceBare"],
    };
}
