using LlmSafety.Judge.Features;
using LlmSafety.Judge.Scoring;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Tests.Scoring;

/// <summary>
/// The two range answers that replaced loops over every pair: each must give what the plain loop gives, on random
/// inputs of many shapes (nested, touching, equal and far-apart spans; lists whose words come and go).
/// </summary>
public class RangeQueryTests
{
    private static int PlainFirstOverlapping(List<(TaggedSpan Span, string Source)> spans, TaggedSpan find)
    {
        for (var i = 0; i < spans.Count; i++)
        {
            var other = spans[i].Span;
            if (find.FirstToken <= other.LastToken && other.FirstToken <= find.LastToken)
            {
                return i;
            }
        }

        return -1;
    }

    private static TaggedSpan RandomSpan(Random random, int tokens, int maxLength)
    {
        var first = random.Next(tokens);
        return new TaggedSpan(EntityType.Diagnosis, first, Math.Min(tokens - 1, first + random.Next(maxLength)), 0.5f, 1);
    }

    [Fact]
    public void First_overlapping_span_is_the_least_index_that_the_plain_loop_finds()
    {
        var random = new Random(48);
        for (var round = 0; round < 2_000; round++)
        {
            var tokens = random.Next(1, 60);
            var maxLength = random.Next(1, 12);
            var spans = Enumerable.Range(0, random.Next(0, 25)).Select(_ => (RandomSpan(random, tokens, maxLength), "tagger")).ToList();
            var found = Enumerable.Range(0, random.Next(0, 25)).Select(_ => RandomSpan(random, tokens, maxLength)).ToList();

            var fast = JudgeEngine.FirstOverlapping(spans, found);

            Assert.Equal(found.Select(find => PlainFirstOverlapping(spans, find)), fast);
        }
    }

    [Fact]
    public void First_overlapping_span_with_no_spans_or_no_finds_is_empty_or_none()
    {
        var find = new TaggedSpan(EntityType.Diagnosis, 2, 3, 0.5f, 1);

        Assert.Equal([-1], JudgeEngine.FirstOverlapping([], [find]));
        Assert.Empty(JudgeEngine.FirstOverlapping([(find, "tagger")], []));
    }

    private static readonly string[] Cues = ["tv", "episode", "cartoon"];

    private static readonly string[] Words = ["tv", "TV", "Episode", "the", "show", "cartoons", "cartoon", "a", "tv."];

    [Fact]
    public void Any_word_between_answers_as_a_scan_of_the_range_does()
    {
        var random = new Random(480);
        for (var round = 0; round < 300; round++)
        {
            var text = string.Join(' ', Enumerable.Range(0, random.Next(0, 40)).Select(_ => Words[random.Next(Words.Length)]));
            var analyzed = AnalyzedText.Analyze(text);
            var key = new object();
            for (var query = 0; query < 20; query++)
            {
                var first = random.Next(-5, analyzed.Tokens.Count + 2);
                var last = random.Next(first - 2, analyzed.Tokens.Count + 2);
                var plain = WordLists.AnyIn(analyzed.Text, analyzed.Tokens, Math.Max(0, first), Math.Min(analyzed.Tokens.Count - 1, last), Cues);

                Assert.Equal(plain, analyzed.AnyWordBetween(key, Cues, first, last));
            }
        }
    }
}
