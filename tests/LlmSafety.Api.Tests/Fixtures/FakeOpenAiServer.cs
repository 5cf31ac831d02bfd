using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace LlmSafety.Api.Tests.Fixtures;

/// <summary>
/// A loopback HTTP server that answers <c>POST /v1/chat/completions</c> the way OpenAI-compatible providers
/// (Ollama, Gemini's compatibility endpoint) do, so the real OpenAI client path is exercised without a network.
/// </summary>
public sealed class FakeOpenAiServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Task serving;
    private readonly Func<int, (int Status, string Content)> answer;
    private int requests;

    public FakeOpenAiServer(Func<int, (int Status, string Content)> answer)
    {
        this.answer = answer;
        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/v1/");
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        serving = Task.Run(ServeAsync);
    }

    public Uri BaseAddress { get; }

    public int Requests => Volatile.Read(ref requests);

    public List<string> Paths { get; } = [];

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        serving.Wait(TimeSpan.FromSeconds(5));
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            var index = Interlocked.Increment(ref requests) - 1;
            lock (Paths)
            {
                Paths.Add(context.Request.Url!.AbsolutePath);
            }

            var (status, content) = answer(index);
            var body = status == 200 ? Completion(content) : """{"error":{"message":"upstream failure","type":"server_error"}}""";
            var bytes = Encoding.UTF8.GetBytes(body);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    private static string Completion(string content) => JsonSerializer.Serialize(new
    {
        id = "chatcmpl-test",
        @object = "chat.completion",
        created = 1_700_000_000,
        model = "llama3.2",
        choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
        usage = new { prompt_tokens = 52, completion_tokens = 17, total_tokens = 69 },
    });

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
