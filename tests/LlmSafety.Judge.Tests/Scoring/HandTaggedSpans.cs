using LlmSafety.Judge.Features;
using LlmSafety.Judge.Scoring;

namespace LlmSafety.Judge.Tests.Scoring;

/// <summary>Hand-made tagger spans, for testing the rules that run on the tagger's output whatever a model scores.</summary>
internal static class HandTaggedSpans
{
    /// <summary>The sentence analysed, and a tagged span of the given type over the tokens of <paramref name="spanText"/>.</summary>
    public static (AnalyzedText Analyzed, TaggedSpan Span) Over(string sentence, string spanText, EntityType type)
    {
        var analyzed = AnalyzedText.Analyze(sentence);
        var start = sentence.IndexOf(spanText, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{spanText}' is not in the sentence");
        var first = analyzed.Tokens.FindIndex(t => t.Start >= start);
        var last = analyzed.Tokens.FindLastIndex(t => t.End <= start + spanText.Length);
        return (analyzed, new TaggedSpan(type, first, last, last - first + 1, last - first + 1));
    }
}
