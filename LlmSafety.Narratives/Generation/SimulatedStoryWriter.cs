using System.Globalization;
using System.Text.RegularExpressions;
using LlmSafety.Narratives.Simulation;
using LlmSafety.Narratives.Simulation.Catalog;
using LlmSafety.Narratives.Simulation.Text;

namespace LlmSafety.Narratives.Generation;

/// <summary>
/// Writes the story the simulated LLM returns. Like real models it tends to echo what the caregiver wrote: without
/// the strict rules it often uses the full name and weaves the caregiver's details (diagnosis, medication, school)
/// into the story; with them it keeps to the first name and leaves the details out.
/// </summary>
internal static partial class SimulatedStoryWriter
{
    /// <summary>How often a detail or the full name is echoed when the prompt does not ask for every detail.</summary>
    private const int EchoPercent = 55;

    private static readonly string[] StopWords =
        ["a", "an", "the", "to", "at", "for", "of", "and", "in", "on", "going", "go", "my", "with", "new", "getting", "having", "about", "when", "is", "it"];

    private static readonly string[] CustomSentences =
    [
        "Sometimes there is something new to do, like $situation.",
        "Before it starts, a grown-up can explain what will happen.",
        "{I} might see new places, hear new sounds and meet new people.",
        "It is okay to have questions about $situation.",
        "{I} can go step by step, one thing at a time.",
        "When it is over, {I} can do something {I} enjoy{s}.",
    ];

    private static readonly string[] DetailFrames = ["", "It helps to remember that ", "The grown-ups know that ", "Here is something important: "];

    public static string Write(StoryPrompt prompt, int seed)
    {
        var random = new Random(seed);
        var names = (prompt.SubjectName ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var firstName = names.Length > 0 ? names[0] : "the child";
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["situation"] = prompt.Situation,
            ["firstName"] = firstName,
            ["age"] = prompt.Age ?? "",
            ["skill"] = prompt.Skill ?? "",
        };
        var renderer = new TemplateRenderer(new StoryContext(prompt.Voice, GuessPronouns(prompt.Details), firstName, values));

        var family = MatchFamily(prompt.Situation);
        var body = (family?.Sentences ?? CustomSentences).Select(renderer.Render).ToList();
        var inserts = new List<RenderedSentence>();
        if (prompt.Skill is not null)
        {
            inserts.Add(renderer.Render("Today {N} will practise $skill."));
        }

        var echo = !prompt.Strict;
        if (echo && names.Length > 1 && (prompt.UseEveryDetail || random.Next(100) < EchoPercent))
        {
            inserts.Add(Literal($"This story is for {string.Join(' ', names)}."));
        }

        if (echo && prompt.Details is not null)
        {
            foreach (var detail in Clauses(prompt.Details))
            {
                if (prompt.UseEveryDetail || random.Next(100) < EchoPercent)
                {
                    inserts.Add(Literal(Frame(random, detail)));
                }
            }
        }

        var openings = StoryFrame.Openings
            .Where(o => prompt.Age is not null || !o.Contains("$age", StringComparison.Ordinal))
            .Where(o => (prompt.Voice == NarrativeVoice.First && names.Length > 0) || !o.StartsWith("Hi!", StringComparison.Ordinal))
            .ToList();
        var sentences = StoryComposer.Compose(
            random,
            renderer.Render(openings.Pick(random)),
            body,
            inserts,
            renderer.Render(StoryFrame.Endings.Pick(random)),
            prompt.TargetWords,
            renderer,
            maxWords: NarrativeSimulator.MaxWords - 20);

        // Real models answer in paragraphs, not one sentence per line, and often add a preamble or a title
        // although told not to; an unguarded preamble repeats the name exactly as the caregiver typed it.
        var story = string.Join(' ', sentences.Select(s => s.Text)).Trim();
        var title = random.Next(100) < 25 ? $"{StoryTitle.TitleCase(prompt.Situation)}\n\n" : "";
        var preamble = random.Next(100) < 20
            ? echo && names.Length > 0 ? $"Here is a social story for {string.Join(' ', names)}:\n\n" : "Here is a social story:\n\n"
            : "";
        return preamble + title + story;
    }


    private static RenderedSentence Literal(string text) => new([new RenderedPiece(text, null)]);

    private static ScenarioFamily? MatchFamily(string situation)
    {
        var wanted = Words(situation);
        return ScenarioFamilies.All
            .Select(f => (Family: f, Score: Words($"{f.Id.Replace('-', ' ')} {f.Situation}").Intersect(wanted).Count()))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score)
            .Select(x => x.Family)
            .FirstOrDefault();
    }

    private static HashSet<string> Words(string text) =>
        [.. WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value).Where(w => !StopWords.Contains(w))];

    private static IEnumerable<string> Clauses(string details) =>
        ClausePattern().Split(details).Select(c => c.Trim().TrimEnd('.', ';', '!', '?')).Where(c => c.Length > 2);

    private static string Frame(Random random, string detail)
    {
        var frame = DetailFrames.Pick(random);
        var startsWithPronoun = PronounStart().IsMatch(detail);
        var clause = frame.Length > 0 && startsWithPronoun
            ? char.ToLower(detail[0], CultureInfo.InvariantCulture) + detail[1..]
            : frame.Length == 0 ? char.ToUpper(detail[0], CultureInfo.InvariantCulture) + detail[1..] : detail;
        return $"{frame}{clause}.";
    }

    private static Pronouns GuessPronouns(string? details)
    {
        var text = $" {details?.ToLowerInvariant()} ";
        var she = SheWords().Count(text);
        var he = HeWords().Count(text);
        return she > he ? Pronouns.She : he > she ? Pronouns.He : Pronouns.They;
    }

    [GeneratedRegex("[a-z]+")]
    private static partial Regex WordPattern();

    // Sentence ends, but not the dots of short abbreviations ("St. Anne's", "Dr. Okafor", "ul. Polna"), e-mail
    // addresses or dates: merging two sentences is harmless, cutting a fact in two is not.
    [GeneratedRegex(@"(?<!\b\w{1,3}\.)(?<=[.!?])\s+(?=[A-Z])|;|\n")]
    private static partial Regex ClausePattern();

    [GeneratedRegex(@"^(He|She|They|His|Her|Their|The|My|It)\b")]
    private static partial Regex PronounStart();

    [GeneratedRegex(@"\b(she|her|hers|herself)\b")]
    private static partial Regex SheWords();

    [GeneratedRegex(@"\b(he|him|his|himself)\b")]
    private static partial Regex HeWords();
}
