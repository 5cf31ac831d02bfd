using System.Globalization;
using LlmSafety.Judge;
using LlmSafety.Judge.Data;
using LlmSafety.Narratives.Simulation.Catalog;
using LlmSafety.Narratives.Simulation.People;
using LlmSafety.Narratives.Simulation.Text;

namespace LlmSafety.Narratives.Simulation;

/// <summary>
/// Writes labelled social stories the way an LLM would from a caregiver's prompt: a scenario family in one voice,
/// padded with coping sentences to 80–400 words, with identity and health disclosures injected through paraphrase
/// templates and hard negatives mixed in. Every span is recorded while the text is built, so offsets are exact.
/// The same count and seed always give the same records.
/// </summary>
public sealed class NarrativeSimulator(IReadOnlyList<ScenarioFamily>? families = null)
{
    public const int MinWords = 80;
    public const int MaxWords = 400;

    private readonly IReadOnlyList<ScenarioFamily> _families = families is { Count: > 0 } ? families : ScenarioFamilies.All;

    public IReadOnlyList<LabelledNarrative> Generate(int count, int seed) =>
        [.. GenerateStories(count, seed).Select(story => story.Record)];

    /// <summary>The records together with the fake values that went into them, for checking spans against values.</summary>
    internal IReadOnlyList<SimulatedStory> GenerateStories(int count, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var factory = new FakeFamilyFactory();
        var stories = new List<SimulatedStory>(count);
        for (var index = 0; index < count; index++)
        {
            var random = new Random(SeedMixer.Mix(seed, index));
            stories.Add(GenerateOne(random, factory, _families, string.Create(CultureInfo.InvariantCulture, $"sim-{seed}-{index:D6}")));
        }

        return stories;
    }

    private static SimulatedStory GenerateOne(
        Random random, FakeFamilyFactory factory, IReadOnlyList<ScenarioFamily> families, string id)
    {
        var kind = random.Next(100) switch
        {
            < 35 => StoryKind.Safe,
            < 55 => StoryKind.IdentityOnly,
            < 75 => StoryKind.HealthOnly,
            _ => StoryKind.IdentityAndHealth,
        };
        var family = families.Pick(random);
        var voice = random.Next(100) switch
        {
            < 40 => NarrativeVoice.First,
            < 65 => NarrativeVoice.Second,
            _ => NarrativeVoice.Third,
        };
        var person = factory.Create(random);
        var values = new Dictionary<string, string>(person.Values, StringComparer.Ordinal) { ["situation"] = family.Situation };
        var renderer = new TemplateRenderer(new StoryContext(voice, person.Pronouns, person.FirstName, values));

        var templateIds = new List<string>();
        var inserts = new List<RenderedSentence>();
        foreach (var template in ChooseDisclosures(random, kind, values["condition"]))
        {
            templateIds.Add(template.Id);
            inserts.Add(renderer.Render(template.Template));
        }

        string? hardNegative = null;
        if (random.Next(100) < (kind == StoryKind.Safe ? 85 : 30))
        {
            var negatives = HardNegatives.All.Pick(random);
            hardNegative = negatives.Id;
            foreach (var template in random.Shuffled(negatives.Templates).Take(random.Next(1, 4)))
            {
                templateIds.Add(template.Id);
                inserts.Add(renderer.Render(template.Template));
            }
        }

        var title = StoryTitle.Create(random, family.Situation, person.FirstName, voice);
        var openings = StoryFrame.Openings.Where(o => voice == NarrativeVoice.First || !o.StartsWith("Hi!", StringComparison.Ordinal)).ToList();
        var sentences = StoryComposer.Compose(
            random,
            // One story in five starts straight in, so whatever comes first may follow the title directly.
            random.Next(5) == 0 ? null : renderer.Render(openings.Pick(random)),
            [.. family.Sentences.Select(renderer.Render)],
            inserts,
            renderer.Render(StoryFrame.Endings.Pick(random)),
            TargetWords(random),
            renderer,
            MaxWords - (title is null ? 0 : WordCounter.Count(title)));
        sentences = TextNoise.Apply(sentences, random);
        var builder = StoryComposer.Build(random, sentences, title);

        var spans = builder.Spans;
        var record = new LabelledNarrative
        {
            Id = id,
            Text = builder.ToString(),
            LabelIdentity = spans.Any(s => EntityLabels.CountsForIdentity(s.Type)) ? 1 : 0,
            LabelHealth = spans.Any(s => !EntityLabels.IsIdentity(s.Type)) ? 1 : 0,
            Spans = spans,
            Family = family.Id,
            Voice = voice.ToString().ToLowerInvariant(),
            Templates = templateIds,
            HardNegative = hardNegative,
        };
        return new SimulatedStory(record, kind, values);
    }

    /// <summary>Most social stories run 100–250 words; the long tail reaches toward the 400-word ceiling.</summary>
    private static int TargetWords(Random random) =>
        MinWords + 10 + (int)((MaxWords - MinWords - 30) * Math.Pow(random.NextDouble(), 1.6));

    private static List<DisclosureTemplate> ChooseDisclosures(Random random, StoryKind kind, string conditionId)
    {
        var chosen = new List<DisclosureTemplate>();
        var (identityCount, healthCount) = kind switch
        {
            StoryKind.IdentityOnly => (random.Next(1, 4), 0),
            StoryKind.HealthOnly => (0, random.Next(1, 4)),
            StoryKind.IdentityAndHealth => (random.Next(1, 3), random.Next(1, 3)),
            _ => (0, 0),
        };

        foreach (var type in random.Shuffled(IdentityTemplates.All.Select(t => t.Type).Distinct().ToList()).Take(identityCount))
        {
            chosen.Add(IdentityTemplates.All.Where(t => t.Type == type).ToList().Pick(random));
        }

        // A named doctor is itself an identifying detail: a health story that names one is identity-positive as well.
        // Stories that disclose nothing else about identity name one only now and then, so the label mix holds.
        var namesDoctor = kind == StoryKind.IdentityAndHealth || (kind == StoryKind.HealthOnly && random.Next(100) < 15);
        var healthTypes = HealthTemplates.All.Select(t => t.Type).Distinct().Where(type => namesDoctor || type != EntityType.Provider).ToList();
        foreach (var type in random.Shuffled(healthTypes).Take(healthCount))
        {
            var paraphrases = HealthTemplates.All.Where(t => t.Type == type && t.ConditionId == conditionId).ToList();
            var generic = HealthTemplates.All.Where(t => t.Type == type && t.ConditionId is null).ToList();
            chosen.Add(paraphrases.Count > 0 && random.Next(100) < 35 ? paraphrases.Pick(random) : generic.Pick(random));
        }

        return chosen;
    }
}
