using System.Text;

namespace LlmSafety.Narratives.Simulation.Text;

/// <summary>
/// The heading an LLM puts over a social story ("**Going to the Dentist**", "# A Story About Sharing"): most stories
/// have one, as a plain line or in Markdown. A title names the situation and at most the child's first name, so it
/// discloses nothing; it is there so that the judge learns a title-cased line is neither a name nor an organisation.
/// </summary>
internal static class StoryTitle
{
    private static readonly string[] SmallWords = ["a", "an", "the", "and", "or", "for", "to", "of", "in", "on", "at", "with", "by", "from"];

    public static string? Create(Random random, string situation, string firstName, NarrativeVoice voice)
    {
        if (random.Next(100) < 20)
        {
            return null;
        }

        var topic = TitleCase(situation);
        var title = random.Next(100) switch
        {
            < 50 => topic,
            < 62 => $"A Story About {topic}",
            < 72 => $"Social Story: {topic}",
            < 84 => $"{firstName}'s Story: {topic}",
            _ => voice == NarrativeVoice.First ? $"My Story: {topic}" : $"Learning About {topic}",
        };
        return random.Next(100) switch
        {
            < 40 => title,
            < 70 => $"**{title}**",
            < 82 => $"# {title}",
            < 90 => $"## {title}",
            < 95 => $"### {title}",
            _ => $"Title: {title}",
        };
    }

    /// <summary>"a visit to the doctor for a check-up" → "A Visit to the Doctor for a Check-Up".</summary>
    internal static string TitleCase(string phrase)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var result = new StringBuilder(phrase.Length);
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0)
            {
                result.Append(' ');
            }

            if (i > 0 && Array.IndexOf(SmallWords, words[i]) >= 0)
            {
                result.Append(words[i]);
                continue;
            }

            var parts = words[i].Split('-');
            for (var p = 0; p < parts.Length; p++)
            {
                if (p > 0)
                {
                    result.Append('-');
                }

                result.Append(parts[p].Length == 0 ? parts[p] : char.ToUpperInvariant(parts[p][0]) + parts[p][1..]);
            }
        }

        return result.ToString();
    }
}
