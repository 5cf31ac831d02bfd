using LlmSafety.Web.Highlighting;
using LlmSafety.Web.Model;

namespace LlmSafety.Web.Tests.Highlighting;

public sealed class TextSegmenterTests
{
    private static DetectedSpan Span(int start, int end, FindingCategory category = FindingCategory.Identity, FindingSeverity severity = FindingSeverity.High, double score = 0.9) =>
        new("PERSON_NAME", category, start, end, score, severity, "model", "a friend");

    [Fact]
    public void Text_without_findings_is_one_plain_segment()
    {
        var segments = TextSegmenter.Split("I wait my turn.", []);

        var only = Assert.Single(segments);
        Assert.False(only.IsFlagged);
        Assert.Equal("I wait my turn.", only.Text);
    }

    [Fact]
    public void Findings_cut_the_text_into_plain_and_flagged_runs_that_rebuild_it()
    {
        const string text = "Hi Liam Okafor, take Keppra.";
        var segments = TextSegmenter.Split(text, [Span(21, 27, FindingCategory.Health), Span(3, 14)]);

        Assert.Equal(["Hi ", "Liam Okafor", ", take ", "Keppra", "."], segments.Select(s => s.Text));
        Assert.Equal([false, true, false, true, false], segments.Select(s => s.IsFlagged));
        Assert.Equal(text, string.Concat(segments.Select(s => s.Text)));
    }

    [Fact]
    public void Overlapping_findings_share_one_segment_led_by_the_most_severe()
    {
        var low = Span(3, 7, FindingCategory.Health, FindingSeverity.Low, 0.99);
        var high = Span(3, 14, FindingCategory.Identity, FindingSeverity.High, 0.8);
        var segments = TextSegmenter.Split("Hi Liam Okafor.", [low, high]);

        var flagged = Assert.Single(segments, s => s.IsFlagged);
        Assert.Equal("Liam Okafor", flagged.Text);
        Assert.Equal(2, flagged.Findings.Count);
        Assert.Equal(FindingCategory.Identity, flagged.Leading!.Category);
    }

    [Fact]
    public void Offsets_outside_the_text_are_clamped_and_empty_spans_dropped()
    {
        var segments = TextSegmenter.Split("Hello", [Span(3, 50), Span(-4, 0), Span(2, 2)]);

        Assert.Equal(["Hel", "lo"], segments.Select(s => s.Text));
        Assert.True(segments[1].IsFlagged);
    }
}
