using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;

namespace LlmSafety.Narratives.Generation;

/// <summary>
/// The offline stand-in for an LLM: it reads the story request that <see cref="NarrativePromptBuilder"/> writes and
/// answers with a social story. The same prompt always gets the same story (the prompt's hash is the seed).
/// Streaming sends the story word by word, optionally with a small delay between chunks, and ends with the usage.
/// </summary>
public sealed partial class SimulatedChatClient(TimeSpan chunkDelay = default, TimeProvider? timeProvider = null) : IChatClient
{
    public const string ProviderName = "simulated";
    public const string DefaultModelId = "simulated-social-story-1";

    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;
    private readonly ChatClientMetadata _metadata = new(ProviderName, null, DefaultModelId);

    public Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var (prompt, promptText, seed) = Read(messages, options);
        var story = SimulatedStoryWriter.Write(prompt, seed);
        var response = new ChatResponse(new ChatMessage(ChatRole.Assistant, story))
        {
            ResponseId = ResponseId(seed),
            ModelId = options?.ModelId ?? DefaultModelId,
            CreatedAt = _time.GetUtcNow(),
            FinishReason = ChatFinishReason.Stop,
            Usage = Usage(promptText, story),
        };
        return Task.FromResult(response);
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var (prompt, promptText, seed) = Read(messages, options);
        var story = SimulatedStoryWriter.Write(prompt, seed);
        var responseId = ResponseId(seed);
        var modelId = options?.ModelId ?? DefaultModelId;
        var first = true;
        foreach (Match chunk in ChunkPattern().Matches(story))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!first && chunkDelay > TimeSpan.Zero)
            {
                await Task.Delay(chunkDelay, _time, cancellationToken);
            }

            first = false;
            yield return new ChatResponseUpdate(ChatRole.Assistant, chunk.Value)
            {
                ResponseId = responseId,
                MessageId = responseId,
                ModelId = modelId,
                CreatedAt = _time.GetUtcNow(),
            };
        }

        yield return new ChatResponseUpdate(ChatRole.Assistant, [new UsageContent(Usage(promptText, story))])
        {
            ResponseId = responseId,
            MessageId = responseId,
            ModelId = modelId,
            CreatedAt = _time.GetUtcNow(),
            FinishReason = ChatFinishReason.Stop,
        };
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == typeof(ChatClientMetadata) ? _metadata
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    public void Dispose()
    {
    }

    /// <summary>Roughly four characters per token, as for English text with common tokenizers.</summary>
    public static long EstimateTokens(string text) => (text.Length + 3) / 4;

    private static (StoryPrompt Prompt, string PromptText, int Seed) Read(IEnumerable<ChatMessage> messages, ChatOptions? options)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var list = messages.ToList();
        var promptText = string.Join("\n", list.Select(m => $"{m.Role}: {m.Text}"));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{options?.Seed}|{promptText}"));
        var seed = BitConverter.ToInt32(hash, 0) & int.MaxValue;
        return (StoryPromptParser.Parse(list), promptText, seed);
    }

    private static UsageDetails Usage(string promptText, string story)
    {
        var input = EstimateTokens(promptText);
        var output = EstimateTokens(story);
        return new UsageDetails { InputTokenCount = input, OutputTokenCount = output, TotalTokenCount = input + output };
    }

    private static string ResponseId(int seed) => $"sim-{seed:x8}";

    [GeneratedRegex(@"\S+\s*")]
    private static partial Regex ChunkPattern();
}
