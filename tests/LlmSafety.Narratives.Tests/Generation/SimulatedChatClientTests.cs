using LlmSafety.Narratives.Generation;
using LlmSafety.Narratives.Simulation.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Time.Testing;

namespace LlmSafety.Narratives.Tests.Generation;

public sealed class SimulatedChatClientTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private readonly SimulatedChatClient _client = new();

    private async Task<string> StoryAsync(NarrativeRequest request, bool strict = false) =>
        (await _client.GetResponseAsync(NarrativePromptBuilder.Build(request, strict))).Text;

    [Fact]
    public async Task Same_prompt_gives_the_same_story_and_another_prompt_a_different_one()
    {
        var first = await StoryAsync(StoryRequests.Leaky("going to the dentist"));
        var again = await StoryAsync(StoryRequests.Leaky("going to the dentist"));
        var other = await StoryAsync(StoryRequests.Leaky("a fire drill"));

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public async Task Story_follows_the_situation_voice_and_length()
    {
        var dentist = await StoryAsync(new NarrativeRequest("Liam", 6, "going to the dentist", Voice: "first", Length: "short"));
        var third = await StoryAsync(new NarrativeRequest("Liam", 6, "going to the dentist", Voice: "third", Length: "long"));

        Assert.Contains("dentist", dentist, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(" I ", dentist);
        Assert.Contains("Liam", third);
        Assert.True(WordCounter.Count(third) > WordCounter.Count(dentist) + 100);
        Assert.InRange(WordCounter.Count(dentist), 80, 400);
    }

    [Fact]
    public async Task Without_strict_rules_it_sometimes_repeats_the_full_name_and_the_health_details()
    {
        var stories = new List<string>();
        foreach (var situation in StoryRequests.Situations)
        {
            stories.Add(await StoryAsync(StoryRequests.Leaky(situation)));
        }

        var withSurname = stories.Count(s => s.Contains("Maya Okafor", StringComparison.Ordinal));
        var withMedication = stories.Count(s => s.Contains("Keppra", StringComparison.Ordinal));
        Assert.InRange(withSurname, 1, stories.Count - 1);
        Assert.InRange(withMedication, 1, stories.Count - 1);
        Assert.Contains(stories, s => s.Contains("Maple Grove Elementary", StringComparison.Ordinal));
        Assert.Contains(stories, s => s.StartsWith("Here is a social story for Maya Okafor:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Strict_rules_keep_to_the_first_name_and_leave_every_detail_out()
    {
        foreach (var situation in StoryRequests.Situations)
        {
            var story = await StoryAsync(StoryRequests.Leaky(situation), strict: true);

            Assert.DoesNotContain("Okafor", story, StringComparison.Ordinal);
            Assert.DoesNotContain("Keppra", story, StringComparison.Ordinal);
            Assert.DoesNotContain("epilepsy", story, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Maple Grove", story, StringComparison.Ordinal);
            Assert.Contains("Maya", story, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Streaming_sends_the_same_story_word_by_word_and_ends_with_usage()
    {
        var messages = NarrativePromptBuilder.Build(StoryRequests.Leaky("a birthday party"));
        var whole = await _client.GetResponseAsync(messages);

        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in _client.GetStreamingResponseAsync(messages))
        {
            updates.Add(update);
        }

        Assert.Equal(whole.Text, string.Concat(updates.Select(u => u.Text)));
        Assert.True(updates.Count > WordCounter.Count(whole.Text));
        var usage = Assert.Single(updates[^1].Contents.OfType<UsageContent>()).Details;
        Assert.Equal(whole.Usage!.OutputTokenCount, usage.OutputTokenCount);
        Assert.True(usage.InputTokenCount > 50);
        Assert.Equal(usage.InputTokenCount + usage.OutputTokenCount, usage.TotalTokenCount);
        Assert.Equal(ChatFinishReason.Stop, updates[^1].FinishReason);
    }

    [Fact]
    public async Task Streaming_waits_the_chunk_delay_between_words()
    {
        var time = new FakeTimeProvider();
        using var client = new SimulatedChatClient(TimeSpan.FromMilliseconds(40), time);
        await using var stream = client.GetStreamingResponseAsync(NarrativePromptBuilder.Build(StoryRequests.Leaky("recess")))
            .GetAsyncEnumerator();

        Assert.True(await stream.MoveNextAsync().AsTask().WaitAsync(Timeout));
        var second = stream.MoveNextAsync().AsTask();
        await Task.Delay(50);
        Assert.False(second.IsCompleted);

        time.Advance(TimeSpan.FromMilliseconds(40));
        Assert.True(await second.WaitAsync(Timeout));
    }

    [Fact]
    public async Task A_free_form_prompt_is_answered_with_a_story_about_it()
    {
        var response = await _client.GetResponseAsync([new ChatMessage(ChatRole.User, "Please write about getting a haircut")]);

        Assert.Contains("haircut", response.Text, StringComparison.OrdinalIgnoreCase);
        Assert.InRange(WordCounter.Count(response.Text), 80, 400);
        Assert.Equal(SimulatedChatClient.DefaultModelId, response.ModelId);
    }

    [Fact]
    public void Describes_itself_as_the_simulated_provider()
    {
        var metadata = _client.GetService<ChatClientMetadata>();

        Assert.Equal("simulated", metadata!.ProviderName);
        Assert.Equal(SimulatedChatClient.DefaultModelId, metadata.DefaultModelId);
    }
}
