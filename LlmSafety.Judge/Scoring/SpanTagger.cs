using LlmSafety.Judge.Features;

namespace LlmSafety.Judge.Scoring;

/// <summary>
/// The learned span tagger at inference time: one calibrated linear scorer per entity type over the token features,
/// a per-type threshold chosen on validation, and a decoder that joins neighbouring tagged tokens into spans.
/// </summary>
public sealed class SpanTagger(IReadOnlyList<EntityType> types, IReadOnlyList<LinearScorer> scorers, IReadOnlyList<double> thresholds)
{
    public IReadOnlyList<EntityType> Types { get; } = types;

    public IReadOnlyList<LinearScorer> Scorers { get; } = scorers;

    public IReadOnlyList<double> Thresholds { get; } = thresholds;

    /// <summary>Probabilities [type][token].</summary>
    public float[][] Score(TokenFeatures features)
    {
        var probabilities = new float[Types.Count][];
        for (var k = 0; k < Types.Count; k++)
        {
            var scorer = Scorers[k];
            var row = new float[features.Count];
            for (var t = 0; t < features.Count; t++)
            {
                row[t] = (float)scorer.Probability(scorer.Margin(features.Of(t)));
            }

            probabilities[k] = row;
        }

        return probabilities;
    }

    public List<TaggedSpan> Decode(AnalyzedText analyzed, float[][] probabilities)
    {
        var spans = new List<TaggedSpan>();
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        TaggedSpan? open = null;
        for (var t = 0; t < tokens.Count; t++)
        {
            var best = -1;
            var bestProbability = 0f;
            for (var k = 0; k < Types.Count; k++)
            {
                var p = probabilities[k][t];
                if (p >= Thresholds[k] && p > bestProbability)
                {
                    best = k;
                    bestProbability = p;
                }
            }

            if (best < 0)
            {
                if (open is { } closing && !CanBridge(tokens[t].In(text), closing.Type))
                {
                    spans.Add(closing);
                    open = null;
                }

                continue;
            }

            var type = Types[best];
            if (open is { } current && current.Type == type && Joinable(text, tokens[current.LastToken].End, tokens[t].Start, type, t - current.LastToken))
            {
                open = current with
                {
                    LastToken = t,
                    ScoreSum = current.ScoreSum + bestProbability,
                    TaggedCount = current.TaggedCount + 1,
                };
            }
            else
            {
                if (open is { } finished)
                {
                    spans.Add(finished);
                }

                open = new TaggedSpan(type, t, t, bestProbability, 1);
            }
        }

        if (open is { } last)
        {
            spans.Add(last);
        }

        return spans;
    }

    /// <summary>Untagged punctuation may sit inside a span ("Dr. Patel", "Smith-Jones", "12 Oak St., Apt 4").</summary>
    private static bool CanBridge(ReadOnlySpan<char> token, EntityType type) =>
        token is "." or "-" or "'" || (token is "," or "#" && type == EntityType.Address);

    private static bool Joinable(string text, int previousEnd, int start, EntityType type, int tokenDistance)
    {
        if (tokenDistance > 3)
        {
            return false;
        }

        foreach (var c in text.AsSpan(previousEnd, start - previousEnd))
        {
            if (c == '\n' || !(char.IsWhiteSpace(c) || c is '.' or '-' or '\'' || (type == EntityType.Address && c is ',' or '#')))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>A decoded span over tokens [FirstToken, LastToken] with the mean probability of its tagged tokens.</summary>
public readonly record struct TaggedSpan(EntityType Type, int FirstToken, int LastToken, float ScoreSum, int TaggedCount)
{
    public double Score => ScoreSum / TaggedCount;
}
