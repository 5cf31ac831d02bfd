using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;

namespace LlmSafety.LoadTest;

/// <summary>
/// N workers post judgments for a fixed time. Cached mode cycles through a few texts (warmed first); uncached mode
/// makes every text unique, so each request runs the judge.
/// </summary>
internal sealed class LoadRun(Uri baseAddress, int workers, TimeSpan duration, bool cached)
{
    private const string Story =
        "Today we go to the dentist. I sit in the waiting room and look at a book. Sometimes waiting is hard, and " +
        "that is okay. I can take deep breaths and count to ten. When the nurse calls my name, I walk to the big chair. " +
        "The dentist says hello and counts my teeth with a small mirror. It tickles a little. My friend Maya Chen " +
        "went last week and she said it was fine. After the visit I get a sticker and we drive home.";

    public async Task<int> RunAsync()
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = workers, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        using var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var warmTexts = Enumerable.Range(0, 16).Select(index => Body($"{Story} ({index})")).ToArray();
        foreach (var body in warmTexts)
        {
            (await PostAsync(client, body)).EnsureSuccessStatusCode();
        }

        var counter = 0L;
        var stop = Stopwatch.StartNew();
        var results = await Task.WhenAll(Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
        {
            var latencies = new List<double>(capacity: 100_000);
            var errors = 0;
            while (stop.Elapsed < duration)
            {
                var sequence = Interlocked.Increment(ref counter);
                var body = cached ? warmTexts[sequence % warmTexts.Length] : Body($"{Story} [{worker}-{sequence}]");
                var started = Stopwatch.GetTimestamp();
                using var response = await PostAsync(client, body);
                await response.Content.ReadAsByteArrayAsync();
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    errors++;
                }
            }

            return (latencies, errors);
        })));
        var elapsed = stop.Elapsed.TotalSeconds;

        var all = results.SelectMany(result => result.latencies).Order().ToArray();
        var errorCount = results.Sum(result => result.errors);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"mode={(cached ? "cached" : "uncached")} workers={workers} duration={elapsed:F1}s requests={all.Length} errors={errorCount} " +
            $"throughput={all.Length / elapsed:F0}/s p50={Percentile(all, 50):F2}ms p90={Percentile(all, 90):F2}ms p99={Percentile(all, 99):F2}ms max={all.LastOrDefault():F2}ms"));
        return errorCount == 0 ? 0 : 1;
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        return client.PostAsync("/v1/judgments", content);
    }

    private static byte[] Body(string text) =>
        Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(new { text }));

    private static double Percentile(double[] sorted, double percentile) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(percentile / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
}
