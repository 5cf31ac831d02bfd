using System.Globalization;
using LlmSafety.Judge.Data;
using LlmSafety.Narratives.Simulation;
using LlmSafety.Narratives.Simulation.Catalog;
using LlmSafety.Narratives.Simulation.People;
using LlmSafety.Narratives.Simulation.Text;
using Microsoft.Extensions.AI;

namespace LlmSafety.Narratives.Generation;

/// <summary>
/// The original prototype's way to get training data: give an LLM fake facts about a child and ask for a story that
/// uses them (or, with the strict rules, one that must not), then label the story from the facts that are found in
/// it. Stories missing a fact they were told to use are dropped and counted. Results are cached as JSONL.
/// </summary>
public sealed class LlmDatasetBuilder(IChatClient chatClient, int maxConcurrency = 4)
{
    public async Task<LlmDatasetResult> BuildAsync(int count, int seed, string? cachePath = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (cachePath is not null && File.Exists(cachePath))
        {
            var cached = new List<LabelledNarrative>();
            await foreach (var record in LabelledNarrativeJsonl.ReadAsync(cachePath, cancellationToken))
            {
                cached.Add(record);
            }

            return new LlmDatasetResult(cached, count, Dropped: 0, FromCache: true);
        }

        var factory = new FakeFamilyFactory();
        var requests = Enumerable.Range(0, count)
            .Select(index => Plan(new Random(SeedMixer.Mix(seed, index)), factory, string.Create(CultureInfo.InvariantCulture, $"llm-{seed}-{index:D6}")))
            .ToList();

        var results = new LabelledNarrative?[count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, count),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, maxConcurrency), CancellationToken = cancellationToken },
            async (index, token) =>
            {
                var plan = requests[index];
                var response = await chatClient.GetResponseAsync(
                    NarrativePromptBuilder.Build(plan.Request, plan.Strict, useEveryDetail: !plan.Strict), cancellationToken: token);
                results[index] = Label(plan, response.Text);
            });

        var records = results.OfType<LabelledNarrative>().ToList();
        if (cachePath is not null)
        {
            await LabelledNarrativeJsonl.WriteAsync(cachePath, records, cancellationToken);
        }

        return new LlmDatasetResult(records, count, count - records.Count, FromCache: false);
    }

    /// <summary>Labels a story from the facts found in it; null when a fact the LLM had to use is missing.</summary>
    internal static LabelledNarrative? Label(PlannedStory plan, string text)
    {
        var spans = new List<LabelledSpan>();
        foreach (var fact in plan.Facts)
        {
            var found = false;
            for (var at = text.IndexOf(fact.Value, StringComparison.OrdinalIgnoreCase); at >= 0;
                 at = text.IndexOf(fact.Value, at + fact.Value.Length, StringComparison.OrdinalIgnoreCase))
            {
                if (IsWholeWord(text, at, fact.Value.Length))
                {
                    found = true;
                    spans.Add(new LabelledSpan(at, at + fact.Value.Length, fact.Label));
                }
            }

            if (!found && !plan.Strict)
            {
                return null;
            }
        }

        var ordered = RemoveOverlaps(spans);
        return new LabelledNarrative
        {
            Id = plan.Id,
            Text = text,
            LabelIdentity = ordered.Any(s => EntityLabels.CountsForIdentity(s.Type)) ? 1 : 0,
            LabelHealth = ordered.Any(s => !EntityLabels.IsIdentity(s.Type)) ? 1 : 0,
            Spans = ordered,
            Family = plan.Family,
            Voice = plan.Request.Voice,
            Templates = [],
        };
    }

    internal static PlannedStory Plan(Random random, FakeFamilyFactory factory, string id)
    {
        var person = factory.Create(random);
        var v = person.Values;
        var family = ScenarioFamilies.All.Pick(random);
        var voice = NarrativeRequest.Voices.Pick(random);
        var kind = random.Next(100) switch
        {
            < 35 => StoryKind.Safe,
            < 55 => StoryKind.IdentityOnly,
            < 75 => StoryKind.HealthOnly,
            _ => StoryKind.IdentityAndHealth,
        };
        var (subject, possessive) = person.Pronouns.Subject switch
        {
            "she" => ("She", "Her"),
            "he" => ("He", "His"),
            _ => ("They", "Their"),
        };
        var plural = person.Pronouns.Plural;
        string Verb(string singular, string pluralForm) => plural ? pluralForm : singular;

        List<InjectedFact> identity =
        [
            new(v["school"], "ORGANIZATION", $"{subject} {Verb("goes", "go")} to {v["school"]}."),
            new(v["address"], "ADDRESS", $"{subject} {Verb("lives", "live")} at {v["address"]}."),
            new(v["phone"], "PHONE", $"{possessive} mom's phone number is {v["phone"]}."),
            new(v["email"], "EMAIL", $"The family email is {v["email"]}."),
            new(v["dob"], "DATE_OF_BIRTH", $"{subject} {Verb("was", "were")} born on {v["dob"]}."),
        ];
        List<InjectedFact> health =
        [
            new(v["diagnosis"], "DIAGNOSIS", $"{subject} {Verb("has", "have")} {v["diagnosis"]}."),
            new(v["medication"], "MEDICATION", $"{subject} {Verb("takes", "take")} {v["medication"]} every day."),
            new(v["therapy"], "TREATMENT", $"{subject} {Verb("goes", "go")} to {v["therapy"]} every week."),
            new(v["device"], "DEVICE", $"{subject} {Verb("uses", "use")} {v["device"]}."),
        ];

        var facts = new List<InjectedFact>();
        var fullName = false;
        if (kind is StoryKind.IdentityOnly or StoryKind.IdentityAndHealth)
        {
            fullName = random.Next(2) == 0;
            facts.AddRange(random.Shuffled(identity).Take(fullName ? random.Next(0, 2) : random.Next(1, 3)));
        }

        if (kind is StoryKind.HealthOnly or StoryKind.IdentityAndHealth)
        {
            facts.AddRange(random.Shuffled(health).Take(random.Next(1, 3)));
        }

        // Some safe stories carry facts the LLM is told not to use, which tests whether it obeys the strict rules.
        var strict = kind == StoryKind.Safe && random.Next(100) < 40;
        if (strict)
        {
            facts.AddRange(random.Shuffled([.. identity, .. health]).Take(2));
        }

        if (fullName)
        {
            facts.Add(new InjectedFact(v["fullName"], "PERSON_NAME", ""));
        }

        var details = string.Join(' ', facts.Select(f => f.Sentence).Where(s => s.Length > 0)
            .Append($"{subject} {Verb("likes", "like")} {v["character"]}."));
        var request = new NarrativeRequest(
            fullName ? v["fullName"] : person.FirstName,
            int.Parse(v["age"], CultureInfo.InvariantCulture),
            family.Situation,
            Details: details,
            Voice: voice,
            Length: NarrativeRequest.Lengths.Pick(random));
        return new PlannedStory(id, family.Id, request, facts, strict);
    }

    private static bool IsWholeWord(string text, int start, int length) =>
        (start == 0 || !char.IsLetterOrDigit(text[start - 1]))
        && (start + length == text.Length || !char.IsLetterOrDigit(text[start + length]));

    private static List<LabelledSpan> RemoveOverlaps(List<LabelledSpan> spans)
    {
        var kept = new List<LabelledSpan>();
        foreach (var span in spans.OrderBy(s => s.Start).ThenByDescending(s => s.End - s.Start))
        {
            if (kept.Count == 0 || kept[^1].End <= span.Start)
            {
                kept.Add(span);
            }
        }

        return kept;
    }
}
