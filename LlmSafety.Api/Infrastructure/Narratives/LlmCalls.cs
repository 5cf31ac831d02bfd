using System.ClientModel;
using LlmSafety.Api.Infrastructure.Llm;
using LlmSafety.Api.Infrastructure.Telemetry;
using Microsoft.Extensions.AI;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace LlmSafety.Api.Infrastructure.Narratives;

/// <summary>Runs LLM calls through the provider's resilience pipeline and turns every failure into an <see cref="LlmUnavailableException"/>.</summary>
public sealed class LlmCalls(ApiTelemetry telemetry, ILogger<LlmCalls> logger)
{
    public async Task<string> CompleteAsync(LlmClient llm, IList<ChatMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(llm);
        return await GuardAsync(llm, async () =>
        {
            var response = await llm.Completions.ExecuteAsync(
                async token =>
                {
                    var answer = await llm.Chat.GetResponseAsync(messages, cancellationToken: token);
                    return string.IsNullOrWhiteSpace(answer.Text) ? throw new LlmGarbageResponseException() : answer;
                },
                cancellationToken);
            telemetry.RecordTokens(llm.Provider, response.Usage?.InputTokenCount, response.Usage?.OutputTokenCount);
            return response.Text;
        }, cancellationToken);
    }

    /// <summary>Streams one answer, handing each text chunk to <paramref name="onDelta"/>; returns the whole text.</summary>
    public async Task<string> StreamAsync(
        LlmClient llm,
        IList<ChatMessage> messages,
        Func<string, CancellationToken, Task> onDelta,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(llm);
        ArgumentNullException.ThrowIfNull(onDelta);
        return await GuardAsync(llm, async () => await llm.Streams.ExecuteAsync(
            async token =>
            {
                var updates = new List<ChatResponseUpdate>();
                await foreach (var update in llm.Chat.GetStreamingResponseAsync(messages, cancellationToken: token))
                {
                    updates.Add(update);
                    if (!string.IsNullOrEmpty(update.Text))
                    {
                        await onDelta(update.Text, token);
                    }
                }

                var response = updates.ToChatResponse();
                if (string.IsNullOrWhiteSpace(response.Text))
                {
                    throw new LlmGarbageResponseException();
                }

                telemetry.RecordTokens(llm.Provider, response.Usage?.InputTokenCount, response.Usage?.OutputTokenCount);
                return response.Text;
            },
            cancellationToken), cancellationToken);
    }

    private async Task<string> GuardAsync(LlmClient llm, Func<Task<string>> call, CancellationToken cancellationToken)
    {
        // The gen_ai spans of each attempt (from UseOpenTelemetry) nest under this one, which spans retries too.
        using var activity = ApiTelemetry.ActivitySource.StartActivity("narrative.generate");
        activity?.SetTag("llmsafety.llm.provider", llm.Provider);
        try
        {
            var text = await call();
            activity?.SetTag("llmsafety.text.length_bucket", ApiTelemetry.LengthBucket(text.Length));
            return text;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (BrokenCircuitException exception)
        {
            activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, "circuit open");
            var retryAfter = exception.RetryAfter ?? TimeSpan.FromSeconds(30);
            logger.LogWarning("LLM provider {Provider} circuit is open; refusing calls for {RetryAfterSeconds} s", llm.Provider, retryAfter.TotalSeconds);
            throw new LlmUnavailableException($"The LLM provider '{llm.Provider}' is failing and is paused; try again later.", StatusCodes.Status503ServiceUnavailable, retryAfter, exception);
        }
        catch (TimeoutRejectedException exception)
        {
            activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, "timeout");
            logger.LogWarning("LLM provider {Provider} timed out", llm.Provider);
            throw new LlmUnavailableException($"The LLM provider '{llm.Provider}' did not answer in time.", StatusCodes.Status503ServiceUnavailable, TimeSpan.FromSeconds(5), exception);
        }
        catch (Exception exception) when (exception is HttpRequestException or ClientResultException or LlmGarbageResponseException)
        {
            activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, exception.GetType().Name);
            // The exception type and status code are enough to diagnose; provider messages may echo the prompt.
            logger.LogWarning("LLM provider {Provider} failed with {ExceptionType} (status {Status})", llm.Provider, exception.GetType().Name, (exception as ClientResultException)?.Status);
            throw new LlmUnavailableException($"The LLM provider '{llm.Provider}' gave no usable answer.", StatusCodes.Status502BadGateway, TimeSpan.FromSeconds(10), exception);
        }
    }
}
