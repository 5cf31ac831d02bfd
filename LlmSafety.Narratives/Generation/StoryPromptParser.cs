using System.Globalization;
using System.Text.RegularExpressions;
using LlmSafety.Narratives.Simulation.Text;
using Microsoft.Extensions.AI;

namespace LlmSafety.Narratives.Generation;

/// <summary>
/// Reads the labelled lines <see cref="NarrativePromptBuilder"/> writes. A free-form prompt still gets a story:
/// its text is taken as the situation.
/// </summary>
internal static partial class StoryPromptParser
{
    private const string FallbackSituation = "trying something new";

    public static StoryPrompt Parse(IEnumerable<ChatMessage> messages)
    {
        var list = messages.ToList();
        var system = string.Join('\n', list.Where(m => m.Role == ChatRole.System).Select(m => m.Text));
        var user = list.LastOrDefault(m => m.Role == ChatRole.User)?.Text ?? "";
        var lines = user.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

        string? Field(string label) => lines
            .Where(line => line.StartsWith(label, StringComparison.OrdinalIgnoreCase))
            .Select(line => line[label.Length..].Trim())
            .FirstOrDefault(value => value.Length > 0);

        var situation = Field(PromptLabels.Situation);
        if (situation is null)
        {
            var flattened = string.Join(' ', user.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            situation = flattened.Length == 0 ? FallbackSituation : flattened[..Math.Min(flattened.Length, 120)];
        }

        var voice = Field(PromptLabels.Voice) ?? "";
        var lengthMatch = WordsPattern().Match(Field(PromptLabels.Length) ?? "");
        var targetWords = lengthMatch.Success ? int.Parse(lengthMatch.Groups[1].Value, CultureInfo.InvariantCulture) : 220;

        return new StoryPrompt(
            Field(PromptLabels.Name),
            Field(PromptLabels.Age),
            situation,
            Field(PromptLabels.Skill),
            Field(PromptLabels.Details),
            voice.StartsWith("second", StringComparison.OrdinalIgnoreCase) ? NarrativeVoice.Second
                : voice.StartsWith("third", StringComparison.OrdinalIgnoreCase) ? NarrativeVoice.Third
                : NarrativeVoice.First,
            Math.Clamp(targetWords, 90, 380),
            Strict: system.Contains(PromptLabels.StrictRules, StringComparison.Ordinal) || user.Contains(PromptLabels.StrictRules, StringComparison.Ordinal),
            UseEveryDetail: lines.Any(line => line.Equals(PromptLabels.UseEveryDetail, StringComparison.Ordinal)));
    }

    [GeneratedRegex(@"(\d{2,4})\s*words", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WordsPattern();
}
