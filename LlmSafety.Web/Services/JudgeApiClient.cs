using System.Net;
using System.Net.Http.Json;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using LlmSafety.Web.Model;
using Microsoft.Extensions.Options;

namespace LlmSafety.Web.Services;

/// <summary>
/// Typed client for the judge API's HTTP contract. Failures surface as <see cref="JudgeApiUnavailableException"/>
/// (try again later) or <see cref="JudgeApiRejectedException"/> (fix the input); exception messages name only
/// the endpoint and status, never the text being judged.
/// </summary>
public sealed class JudgeApiClient
{
    public const string ApiKeyHeader = "X-Api-Key";

    private readonly HttpClient http;
    private readonly IOptions<JudgeApiOptions> options;

    [ActivatorUtilitiesConstructor]
    public JudgeApiClient(HttpClient http, IOptions<JudgeApiOptions> options)
    {
        this.http = http;
        this.options = options;
    }

    /// <summary>A client with the default options, for callers that set up the <see cref="HttpClient"/> themselves.</summary>
    public JudgeApiClient(HttpClient http)
        : this(http, Options.Create(new JudgeApiOptions()))
    {
    }

    public async Task<JudgmentResult> JudgeAsync(JudgmentRequest request, CancellationToken cancellationToken = default)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, "v1/judgments")
        {
            Content = JsonContent.Create(request, options: JudgeApiJson.Options),
        };
        return await SendForJsonAsync<JudgmentResult>(message, cancellationToken);
    }

    public async Task<NarrativeResult> WriteNarrativeAsync(NarrativeRequest request, CancellationToken cancellationToken = default)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, "v1/narratives")
        {
            Content = JsonContent.Create(request, options: JudgeApiJson.Options),
        };
        return await SendForJsonAsync<NarrativeResult>(message, cancellationToken);
    }

    /// <summary>
    /// Writes a story and yields its text as the LLM produces it, then the judged result. An <c>error</c> event
    /// from the API ends the stream with the exception the same problem would cause on the non-streaming call.
    /// </summary>
    public async IAsyncEnumerable<NarrativeStreamEvent> StreamNarrativeAsync(
        NarrativeRequest request,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        const string endpoint = "POST /v1/narratives/stream";
        using var message = new HttpRequestMessage(HttpMethod.Post, "v1/narratives/stream")
        {
            Content = JsonContent.Create(request, options: JudgeApiJson.Options),
        };
        message.Headers.Accept.ParseAdd("text/event-stream");

        using var response = await SendAsync(message, HttpCompletionOption.ResponseHeadersRead, endpoint, cancellationToken);
        await EnsureSuccessAsync(response, endpoint, cancellationToken);

        Stream body;
        try
        {
            body = await response.Content.ReadAsStreamAsync(cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            throw new JudgeApiUnavailableException($"The judge API stopped answering {endpoint}.", exception);
        }

        var idleTimeout = options.Value.StreamIdleTimeout;
        using var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await using (body)
        {
            var events = SseParser.Create(body).EnumerateAsync(idle.Token).GetAsyncEnumerator(idle.Token);
            try
            {
                while (true)
                {
                    idle.CancelAfter(idleTimeout);
                    if (!await MoveNextAsync(events, endpoint, cancellationToken))
                    {
                        break;
                    }

                    var item = events.Current;
                    switch (item.EventType)
                    {
                        case "delta":
                            var delta = Deserialize<NarrativeTextDeltaBody>(item.Data, endpoint);
                            yield return new NarrativeTextDelta(delta.Text);
                            break;
                        case "judgment":
                            yield return new NarrativeCompleted(Deserialize<NarrativeResult>(item.Data, endpoint));
                            yield break;
                        case "error":
                            throw ProblemToException(Deserialize<ApiProblem>(item.Data, endpoint), endpoint);
                        default:
                            // Unknown event types are reserved for additions to the contract (e.g. keep-alives).
                            break;
                    }
                }
            }
            finally
            {
                await events.DisposeAsync();
            }
        }

        throw new JudgeApiUnavailableException($"The judge API ended {endpoint} before sending the judgment.");
    }

    public async Task<ModelInfo> GetModelAsync(CancellationToken cancellationToken = default)
    {
        using var message = new HttpRequestMessage(HttpMethod.Get, "v1/model");
        return await SendForJsonAsync<ModelInfo>(message, cancellationToken);
    }

    public async Task<IReadOnlyList<ModelVersionInfo>> GetModelVersionsAsync(CancellationToken cancellationToken = default)
    {
        using var message = new HttpRequestMessage(HttpMethod.Get, "v1/model/versions");
        return await SendForJsonAsync<List<ModelVersionInfo>>(message, cancellationToken);
    }

    public async Task<TrafficStats> GetStatsAsync(CancellationToken cancellationToken = default)
    {
        using var message = new HttpRequestMessage(HttpMethod.Get, "v1/stats");
        return await SendForJsonAsync<TrafficStats>(message, cancellationToken);
    }

    /// <summary>Fetches one of the champion's evaluation files; null when the API has no file by that name.</summary>
    public async Task<ModelArtifact?> GetModelArtifactAsync(string fileName, CancellationToken cancellationToken = default)
    {
        const string endpoint = "GET /v1/model/artifacts/{fileName}";
        using var message = new HttpRequestMessage(HttpMethod.Get, "v1/model/artifacts/" + Uri.EscapeDataString(fileName));
        using var response = await SendAsync(message, HttpCompletionOption.ResponseContentRead, endpoint, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        await EnsureSuccessAsync(response, endpoint, cancellationToken);
        var content = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var contentType = response.Content.Headers.ContentType?.ToString() ?? "application/octet-stream";
        return new ModelArtifact(content, contentType);
    }

    private async Task<T> SendForJsonAsync<T>(HttpRequestMessage message, CancellationToken cancellationToken)
    {
        var endpoint = $"{message.Method} /{message.RequestUri}";
        using var response = await SendAsync(message, HttpCompletionOption.ResponseContentRead, endpoint, cancellationToken);
        await EnsureSuccessAsync(response, endpoint, cancellationToken);
        try
        {
            return await response.Content.ReadFromJsonAsync<T>(JudgeApiJson.Options, cancellationToken)
                ?? throw new JudgeApiUnavailableException($"The judge API answered {endpoint} with an empty body.");
        }
        catch (JsonException exception)
        {
            throw new JudgeApiUnavailableException($"The judge API answered {endpoint} with a body this site does not understand.", exception);
        }
    }

    private async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage message,
        HttpCompletionOption completion,
        string endpoint,
        CancellationToken cancellationToken)
    {
        try
        {
            return await http.SendAsync(message, completion, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            throw new JudgeApiUnavailableException($"The judge API could not be reached for {endpoint}.", exception);
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new JudgeApiUnavailableException($"The judge API did not answer {endpoint} in time.", exception);
        }
        catch (Polly.Timeout.TimeoutRejectedException exception)
        {
            // The resilience pipeline's attempt and total timeouts.
            throw new JudgeApiUnavailableException($"The judge API did not answer {endpoint} in time.", exception);
        }
        catch (Polly.CircuitBreaker.BrokenCircuitException exception)
        {
            throw new JudgeApiUnavailableException($"The judge API failed repeatedly; calls to {endpoint} are paused.", exception);
        }
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, string endpoint, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var problem = await ReadProblemAsync(response, cancellationToken) with { Status = (int)response.StatusCode };
        throw ProblemToException(problem, endpoint);
    }

    private static Exception ProblemToException(ApiProblem problem, string endpoint)
    {
        var status = problem.Status ?? (int)HttpStatusCode.InternalServerError;
        return status is >= 400 and < 500
            ? new JudgeApiRejectedException($"The judge API refused {endpoint} ({status}).", problem)
            : new JudgeApiUnavailableException($"The judge API could not answer {endpoint} ({status}).", problem);
    }

    private static async Task<ApiProblem> ReadProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (mediaType is "application/problem+json" or "application/json")
        {
            try
            {
                var problem = await response.Content.ReadFromJsonAsync<ApiProblem>(JudgeApiJson.Options, cancellationToken);
                if (problem is not null)
                {
                    return problem;
                }
            }
            catch (JsonException)
            {
                // A malformed error body still leaves the status code, which is enough to decide what to show.
            }
        }

        return new ApiProblem(response.ReasonPhrase, null, (int)response.StatusCode, null);
    }

    private static async Task<bool> MoveNextAsync(IAsyncEnumerator<SseItem<string>> events, string endpoint, CancellationToken callerToken)
    {
        try
        {
            return await events.MoveNextAsync();
        }
        catch (OperationCanceledException exception) when (!callerToken.IsCancellationRequested)
        {
            throw new JudgeApiUnavailableException($"The judge API stopped sending events on {endpoint}.", exception);
        }
        catch (HttpRequestException exception)
        {
            throw new JudgeApiUnavailableException($"The judge API stopped answering {endpoint}.", exception);
        }
        catch (IOException exception)
        {
            throw new JudgeApiUnavailableException($"The judge API stopped answering {endpoint}.", exception);
        }
    }

    private static T Deserialize<T>(string json, string endpoint)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, JudgeApiJson.Options)
                ?? throw new JudgeApiUnavailableException($"The judge API sent an empty event on {endpoint}.");
        }
        catch (JsonException exception)
        {
            throw new JudgeApiUnavailableException($"The judge API sent an event on {endpoint} this site does not understand.", exception);
        }
    }

    private sealed record NarrativeTextDeltaBody(string Text);
}
