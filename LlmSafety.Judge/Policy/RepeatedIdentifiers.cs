using LlmSafety.Judge.Features;
using LlmSafety.Judge.Scoring;

namespace LlmSafety.Judge.Policy;

/// <summary>
/// An identifier found once is an identifier wherever the story repeats it: "Your student ID number is 20417783"
/// makes the later "You will type 20417783" one too, although nothing around the second says so. Without this the
/// redacted text would hide the number in one place and print it in the next.
/// </summary>
internal static class RepeatedIdentifiers
{
    public const string Source = "rule:repeated-identifier";

    // Bounds the work on long inputs: each value costs one ordinal scan of the text.
    private const int MaxValues = 32;

    private const int MinLength = 4;

    public static void Add(AnalyzedText analyzed, List<CandidateEntity> entities)
    {
        var text = analyzed.Text;
        List<CandidateEntity>? values = null;
        foreach (var entity in entities)
        {
            if (entity.Type is not (EntityType.IdNumber or EntityType.Phone or EntityType.Email or EntityType.Url)
                || entity.End - entity.Start < MinLength)
            {
                continue;
            }

            values ??= [];
            if (!values.Exists(v => text.AsSpan(v.Start, v.End - v.Start).SequenceEqual(text.AsSpan(entity.Start, entity.End - entity.Start))))
            {
                values.Add(entity);
            }

            if (values.Count == MaxValues)
            {
                break;
            }
        }

        if (values is null)
        {
            return;
        }

        var added = new List<CandidateEntity>();
        foreach (var value in values)
        {
            var found = text.Substring(value.Start, value.End - value.Start);
            for (var at = text.IndexOf(found, StringComparison.Ordinal); at >= 0; at = text.IndexOf(found, at + found.Length, StringComparison.Ordinal))
            {
                var end = at + found.Length;
                if (IsWordBoundary(text, at, end) && !Overlaps(entities, at, end) && !Overlaps(added, at, end))
                {
                    added.Add(value with { Start = at, End = end, Source = Source });
                }
            }
        }

        if (added.Count > 0)
        {
            entities.AddRange(added);
            entities.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    private static bool IsWordBoundary(string text, int start, int end) =>
        (start == 0 || !char.IsLetterOrDigit(text[start - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]));

    private static bool Overlaps(List<CandidateEntity> entities, int start, int end) =>
        entities.Exists(e => e.Start < end && start < e.End);
}
