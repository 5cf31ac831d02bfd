using System.Runtime.CompilerServices;
using LlmSafety.Judge.Data;
using LlmSafety.Narratives.Generation;
using LlmSafety.Narratives.Simulation.Text;
using Microsoft.Extensions.AI;

namespace LlmSafety.Narratives.Tests.Generation;

public sealed class LlmDatasetBuilderTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("llm-dataset-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Labels_simulated_llm_stories_from_the_facts_it_was_given()
    {
        var result = await new LlmDatasetBuilder(new SimulatedChatClient()).BuildAsync(60, seed: 3);

        Assert.Equal(0, result.Dropped);
        Assert.Equal(60, result.Records.Count);
        Assert.Contains(result.Records, r => r.LabelIdentity == 1 && r.LabelHealth == 1);
        Assert.Contains(result.Records, r => r.LabelIdentity == 0 && r.LabelHealth == 0);
        foreach (var record in result.Records)
        {
            Assert.Equal(record.LabelIdentity == 1, record.Spans!.Any(s => EntityLabels.CountsForIdentity(s.Type)));
            Assert.Equal(record.LabelHealth == 1, record.Spans!.Any(s => !EntityLabels.IsIdentity(s.Type)));
            Assert.All(record.Spans!, span => Assert.False(string.IsNullOrWhiteSpace(record.Text[span.Start..span.End])));
        }
    }

    [Fact]
    public async Task Each_span_is_a_fact_from_the_prompt()
    {
        var client = new RecordingChatClient(new SimulatedChatClient());

        var result = await new LlmDatasetBuilder(client, maxConcurrency: 1).BuildAsync(30, seed: 9);

        Assert.Equal(0, result.Dropped);

        foreach (var (record, prompt) in result.Records.Zip(client.Prompts))
        {
            Assert.All(record.Spans!, span => Assert.Contains(record.Text[span.Start..span.End], prompt, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task Stories_that_leave_out_a_required_fact_are_dropped_and_counted()
    {
        var result = await new LlmDatasetBuilder(new FixedStoryChatClient()).BuildAsync(40, seed: 5);

        Assert.True(result.Dropped > 10, $"dropped {result.Dropped}");
        Assert.Equal(40, result.Records.Count + result.Dropped);
        Assert.All(result.Records, r => Assert.Empty(r.Spans!));
    }

    [Fact]
    public async Task Results_are_cached_as_jsonl_and_read_back_without_calling_the_llm()
    {
        var cache = Path.Combine(_directory, "llm.jsonl");
        var first = await new LlmDatasetBuilder(new SimulatedChatClient()).BuildAsync(12, seed: 4, cache);

        var second = await new LlmDatasetBuilder(new FailingChatClient()).BuildAsync(12, seed: 4, cache);

        Assert.False(first.FromCache);
        Assert.True(second.FromCache);
        Assert.Equal(first.Records.Select(r => r.Text), second.Records.Select(r => r.Text));
        Assert.Equal(first.Records.Count, File.ReadAllLines(cache).Length);
    }

    [Fact]
    public void A_fact_is_labelled_at_every_whole_word_occurrence()
    {
        var plan = new PlannedStory("x", "waiting", new NarrativeRequest("Sam", 7, "waiting"),
            [new InjectedFact("Keppra", "MEDICATION", "")], Strict: false);

        var record = LlmDatasetBuilder.Label(plan, "Sam takes keppra. Keppra helps. Keppras are not a word.");

        Assert.Equal([new LabelledSpan(10, 16, "MEDICATION"), new LabelledSpan(18, 24, "MEDICATION")], record!.Spans!);
        Assert.Equal(1, record.LabelHealth);
        Assert.Null(LlmDatasetBuilder.Label(plan, "Sam waits calmly."));
    }

    /// <summary>An LLM that ignores the caregiver's details entirely, as real models sometimes do.</summary>
    private sealed class FixedStoryChatClient : IChatClient
    {
        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "Waiting can be hard. I can take a deep breath and count to ten.")));

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }

    private sealed class FailingChatClient : IChatClient
    {
        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("The cache should have been used.");

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("The cache should have been used.");

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }

    private sealed class RecordingChatClient(IChatClient inner) : DelegatingChatClient(inner)
    {
        public List<string> Prompts { get; } = [];

        public override Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            var list = messages.ToList();
            lock (Prompts)
            {
                Prompts.Add(string.Join("\n", list.Select(m => m.Text)));
            }

            return base.GetResponseAsync(list, options, cancellationToken);
        }
    }
}
