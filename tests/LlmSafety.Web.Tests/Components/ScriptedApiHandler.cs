using System.Net;
using System.Text;

namespace LlmSafety.Web.Tests.Components;

/// <summary>
/// An <see cref="HttpMessageHandler"/> that answers each request with a function of it, so component tests can put
/// the typed client into exact states (slow, down, answering a given body) without a network.
/// </summary>
public sealed class ScriptedApiHandler(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> respond) : HttpMessageHandler
{
    private int requestCount;

    public int RequestCount => Volatile.Read(ref requestCount);

    public List<string> RequestedPaths { get; } = [];

    public static ScriptedApiHandler Down() =>
        new((_, _) => throw new HttpRequestException("Connection refused (127.0.0.1:1)", null, HttpStatusCode.ServiceUnavailable));

    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, status == HttpStatusCode.OK ? "application/json" : "application/problem+json") };

    public static HttpResponseMessage EventStream(string body) =>
        new(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "text/event-stream") };

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref requestCount);
        lock (RequestedPaths)
        {
            RequestedPaths.Add(request.RequestUri!.AbsolutePath);
        }

        return respond(request, cancellationToken);
    }
}
