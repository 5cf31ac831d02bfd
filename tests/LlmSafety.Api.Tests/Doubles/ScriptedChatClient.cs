using Microsoft.Extensions.AI;

namespace LlmSafety.Api.Tests.Doubles;

/// <summary>
/// An in-test LLM: answers the n-th call with the n-th scripted reply (the last one repeats), streaming word by word.
/// A reply of <see cref="Fail"/> throws an <see cref="HttpRequestException"/> as an unreachable provider would,
/// <see cref="Hang"/> never answers (until cancelled), and an empty reply stands for an unusable answer.
/// It records whether each call carried the stricter rewrite instruction.
/// </summary>
public sealed class ScriptedChatClient(params string[] replies) : IChatClient
{
    public const string Fail = "<<fail>>";
    public const string Hang = "<<hang>>";

    private int calls;

    public int Calls => Volatile.Read(ref calls);

    public List<bool> StrictCalls { get; } = [];

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var reply = Next(messages);
        if (reply == Hang)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        return new ChatResponse(new ChatMessage(ChatRole.Assistant, reply))
        {
            Usage = new UsageDetails { InputTokenCount = 40, OutputTokenCount = reply.Split(' ').Length },
        };
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var reply = Next(messages);
        var words = reply.Split(' ');
        for (var index = 0; index < words.Length; index++)
        {
            await Task.Yield();
            yield return new ChatResponseUpdate(ChatRole.Assistant, index == 0 ? words[index] : " " + words[index]);
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }

    private string Next(IEnumerable<ChatMessage> messages)
    {
        var index = Interlocked.Increment(ref calls) - 1;
        lock (StrictCalls)
        {
            StrictCalls.Add(messages.Any(message => message.Role == ChatRole.System && message.Text.Contains(LlmSafety.Narratives.Generation.NarrativePromptBuilder.StrictInstruction, StringComparison.Ordinal)));
        }

        var reply = replies[Math.Min(index, replies.Length - 1)];
        return reply == Fail ? throw new HttpRequestException("connection refused") : reply;
    }
}
