using LlmSafety.Judge.Data;

namespace LlmSafety.Judge.Evaluation;

/// <summary>Counts predicted and gold spans per entity type that match exactly (same type and offsets) or overlap.</summary>
internal sealed class SpanMatcher
{
    public const string AllTypes = "ALL";

    private readonly Dictionary<string, int[]> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]> _overlap = new(StringComparer.Ordinal);

    public void Add(IReadOnlyList<DetectedEntity> predicted, IReadOnlyList<LabelledSpan> gold)
    {
        var predictedSpans = predicted.Select(e => (Type: e.Type.ToLabel(), e.Start, e.End)).ToList();
        var goldSpans = gold.Select(s => (Type: s.Type.ToUpperInvariant(), s.Start, s.End)).ToList();
        Count(_exact, predictedSpans, goldSpans, (p, g) => p.Start == g.Start && p.End == g.End);
        Count(_overlap, predictedSpans, goldSpans, (p, g) => p.Start < g.End && g.Start < p.End);
    }

    public IReadOnlyDictionary<string, SpanScore> Exact => ToScores(_exact);

    public IReadOnlyDictionary<string, SpanScore> Overlap => ToScores(_overlap);

    private static void Count(
        Dictionary<string, int[]> counts, List<(string Type, int Start, int End)> predicted, List<(string Type, int Start, int End)> gold,
        Func<(string Type, int Start, int End), (string Type, int Start, int End), bool> matches)
    {
        foreach (var p in predicted)
        {
            var matched = gold.Exists(g => g.Type == p.Type && matches(p, g));
            Bump(counts, p.Type, 0, matched);
            Bump(counts, AllTypes, 0, matched);
        }

        foreach (var g in gold)
        {
            var matched = predicted.Exists(p => g.Type == p.Type && matches(p, g));
            Bump(counts, g.Type, 1, matched);
            Bump(counts, AllTypes, 1, matched);
        }
    }

    private static void Bump(Dictionary<string, int[]> counts, string type, int side, bool matched)
    {
        if (!counts.TryGetValue(type, out var c))
        {
            c = new int[4];
            counts[type] = c;
        }

        c[side]++;
        c[side + 2] += matched ? 1 : 0;
    }

    private static SortedDictionary<string, SpanScore> ToScores(Dictionary<string, int[]> counts)
    {
        var scores = new SortedDictionary<string, SpanScore>(StringComparer.Ordinal);
        foreach (var (type, c) in counts)
        {
            scores[type] = new SpanScore(c[0], c[1], c[2], c[3]);
        }

        if (!scores.ContainsKey(AllTypes))
        {
            scores[AllTypes] = new SpanScore(0, 0, 0, 0);
        }

        return scores;
    }
}
