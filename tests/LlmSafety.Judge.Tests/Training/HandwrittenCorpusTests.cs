using LlmSafety.Judge;
using LlmSafety.Judge.Data;
using LlmSafety.Judge.Policy;
using LlmSafety.TrainingData.Handwritten;

namespace LlmSafety.Judge.Tests.Training;

public sealed class HandwrittenCorpusTests
{
    [Fact]
    public void The_built_in_stories_are_read_from_the_assembly_whole_and_in_file_name_order()
    {
        Assert.Equal(137, HandwrittenCorpus.Files.Count);
        Assert.Equal("handwritten-stories-10.jsonl", HandwrittenCorpus.Files[0]);
        Assert.Equal("handwritten-stories.jsonl", HandwrittenCorpus.Files[^1]);
        Assert.Equal(4046, HandwrittenCorpus.All.Count);
        Assert.Same(HandwrittenCorpus.All, HandwrittenCorpus.All);
        Assert.False(HandwrittenCorpus.All is List<LlmSafety.Judge.Data.LabelledNarrative>, "callers must not be able to change the shared stories");
    }

    [Fact]
    public void Every_built_in_story_is_labelled_as_training_needs_it()
    {
        Assert.All(HandwrittenCorpus.All, story =>
        {
            Assert.False(string.IsNullOrWhiteSpace(story.Text));
            var spans = story.Spans ?? [];
            Assert.All(spans, span =>
            {
                Assert.InRange(span.Start, 0, span.End - 1);
                Assert.InRange(span.End, span.Start + 1, story.Text.Length);
                Assert.True(EntityTypeLabels.TryParse(span.Type, out _), span.Type);
            });

            // A story labelled as disclosing health shows where (a named clinician at a routine visit may carry a span
            // in a story that discloses nothing about anyone's health, so the converse does not hold).
            var healthSpans = spans.Count(span => EntityTypeLabels.TryParse(span.Type, out var type) && EntityCategories.Of(type) == Category.Health);
            Assert.True(story.LabelHealth == 0 || healthSpans > 0, story.Id);
        });
    }
}
