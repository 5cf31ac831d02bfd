using LlmSafety.Judge.Data;
using LlmSafety.Judge.Features;

namespace LlmSafety.Judge.Training;

/// <summary>Projects labelled character spans (original offsets) onto the tokens of the normalised text.</summary>
internal static class TokenLabels
{
    public static EntityType?[] For(AnalyzedText analyzed, IReadOnlyList<LabelledSpan>? spans)
    {
        var labels = new EntityType?[analyzed.Tokens.Count];
        if (spans is null || spans.Count == 0)
        {
            return labels;
        }

        var typed = new List<(int Start, int End, EntityType Type)>(spans.Count);
        foreach (var span in spans)
        {
            if (EntityTypeLabels.TryParse(span.Type, out var type) && span.End > span.Start)
            {
                typed.Add((span.Start, span.End, type));
            }
        }

        for (var t = 0; t < analyzed.Tokens.Count; t++)
        {
            var (start, end) = analyzed.Normalized.ToOriginal(analyzed.Tokens[t].Start, analyzed.Tokens[t].End);
            foreach (var span in typed)
            {
                if (start < span.End && span.Start < end && analyzed.Tokens[t].Kind != Text.TokenKind.Punctuation)
                {
                    labels[t] = span.Type;
                    break;
                }
            }
        }

        return labels;
    }
}
