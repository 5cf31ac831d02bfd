using System.Text;
using System.Text.Json;
using LlmSafety.Api.Infrastructure.Judging;
using LlmSafety.Api.Infrastructure.Llm;
using LlmSafety.Api.Model;
using LlmSafety.Judge;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using ProblemDetails = Microsoft.AspNetCore.Mvc.ProblemDetails;

namespace LlmSafety.Api.Infrastructure.Narratives;

/// <summary>
/// Streams a story as server-sent events. Deltas are held back until a sentence ends, and a sentence is sent only
/// after the judge found the story so far safe; the first time it does not, deltas stop and only the final
/// <c>judgment</c> event (with the redacted, rewritten or withheld story) follows. No unjudged text is ever sent.
/// Before each rewrite a <c>status</c> event ({"stage":"regenerating","attempt":n}) keeps idle clients from giving up.
/// </summary>
public sealed class NarrativeStreamer(
    LlmCalls calls,
    NarrativeWriter writer,
    IJudgeHolder holder,
    IOptions<JsonOptions> jsonOptions)
{
    private static readonly char[] SentenceEnds = ['.', '!', '?', '\n'];

    public async Task StreamAsync(HttpContext context, GenerateNarrativeRequest request, LlmClient llm)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cancellationToken = context.RequestAborted;
        var loaded = holder.Current ?? throw new NoModelLoadedException();
        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        await response.Body.FlushAsync(cancellationToken);

        var story = new StringBuilder();
        var sent = 0;
        var gateOpen = true;
        try
        {
            var text = await calls.StreamAsync(
                llm,
                NarrativePrompt.For(request, strict: false),
                async (delta, token) =>
                {
                    story.Append(delta);
                    if (!gateOpen)
                    {
                        return;
                    }

                    var sentenceEnd = story.ToString().LastIndexOfAny(SentenceEnds) + 1;
                    if (sentenceEnd <= sent)
                    {
                        return;
                    }

                    var prefix = story.ToString(0, sentenceEnd);
                    if (loaded.Judge.Evaluate(prefix).Verdict != Verdict.Safe)
                    {
                        gateOpen = false;
                        return;
                    }

                    await WriteEventAsync(response, "delta", new { text = prefix[sent..] }, token);
                    sent = sentenceEnd;
                },
                cancellationToken);

            // Rewrites can keep the stream silent for a while; a status event tells the client it is still alive.
            var settled = await writer.SettleAsync(
                request,
                llm,
                text,
                attempts: 1,
                cancellationToken,
                (attempt, token) => WriteEventAsync(response, "status", new { stage = "regenerating", attempt }, token));
            if (gateOpen && settled.Action == NarrativeAction.None && sent < text.Length)
            {
                await WriteEventAsync(response, "delta", new { text = text[sent..] }, cancellationToken);
            }

            await WriteEventAsync(response, "judgment", settled, cancellationToken);
        }
        catch (Exception exception) when (exception is LlmUnavailableException or NoModelLoadedException && !cancellationToken.IsCancellationRequested)
        {
            var status = exception is LlmUnavailableException llmFailure ? llmFailure.StatusCode : StatusCodes.Status503ServiceUnavailable;
            var problem = new ProblemDetails
            {
                Status = status,
                Title = status == StatusCodes.Status502BadGateway ? "The LLM gave no usable answer" : "Service unavailable",
                Detail = exception.Message,
            };
            await WriteEventAsync(response, "error", problem, cancellationToken);
        }
    }

    private async Task WriteEventAsync<T>(HttpResponse response, string eventName, T data, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(data, jsonOptions.Value.SerializerOptions);
        await response.WriteAsync($"event: {eventName}\ndata: {json}\n\n", cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }
}
