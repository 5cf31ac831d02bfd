using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using LlmSafety.Api.Tests.Fixtures;
using LlmSafety.Reliability.Tests.Fixtures;
using Xunit.Abstractions;

namespace LlmSafety.Reliability.Tests.HostileInput;

/// <summary>Thousands of hostile requests over loopback against the real trained judge: no 500, no hang, bounded memory.</summary>
[Collection(TrainedJudgeCollection.Name)]
public sealed class FuzzTests(TrainedJudgeFixture judge, ITestOutputHelper output)
{
    private const int Inputs = 5_000;
    private const int Workers = 4;
    private static readonly TimeSpan PerRequestTimeout = TimeSpan.FromSeconds(15);

    /// <summary>Growth of the managed heap across the run, after full collections; the judgment cache is bounded too.</summary>
    private const long MemoryGrowthBound = 256L * 1024 * 1024;

    private static readonly HashSet<HttpStatusCode> Expected =
    [
        HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.RequestEntityTooLarge, HttpStatusCode.UnsupportedMediaType,
        HttpStatusCode.UnprocessableEntity,
    ];

    [Fact]
    public async Task Hostile_requests_never_get_a_500_or_hang_and_memory_stays_bounded()
    {
        using var factory = new ApiFactory();
        using var client = factory.StartOnLoopback(PerRequestTimeout);
        factory.ServeJudge(judge.Model, "fuzz");
        var requests = new HostileRequestGenerator(seed: 20261128).Generate(Inputs).Concat(HostileRequestGenerator.TenMegabyteBodies()).ToList();
        var memoryBefore = GC.GetTotalMemory(forceFullCollection: true);

        var outcomes = new ConcurrentBag<(string Kind, HttpStatusCode Status, string? MediaType, TimeSpan Took)>();
        var queue = new ConcurrentQueue<HostileRequest>(requests);
        var elapsed = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => Task.Run(async () =>
        {
            while (queue.TryDequeue(out var request))
            {
                var started = Stopwatch.StartNew();
                using var content = new ByteArrayContent(request.Body);
                content.Headers.ContentType = MediaTypeHeaderValue.Parse(request.ContentType);
                HttpStatusCode status;
                string? mediaType;
                try
                {
                    using var response = await client.PostAsync(request.Path, content);
                    status = response.StatusCode;
                    mediaType = response.Content.Headers.ContentType?.MediaType;
                    await response.Content.ReadAsByteArrayAsync();
                }
                catch (HttpRequestException) when (request.Body.Length > 1024 * 1024)
                {
                    // Kestrel may answer 413 and close the socket before a 10 MB upload finishes: a refusal, not a failure.
                    status = HttpStatusCode.RequestEntityTooLarge;
                    mediaType = "application/problem+json";
                }

                outcomes.Add((request.Kind, status, mediaType, started.Elapsed));
            }
        })));
        elapsed.Stop();

        var memoryAfter = GC.GetTotalMemory(forceFullCollection: true);
        output.WriteLine($"{outcomes.Count} requests in {elapsed.Elapsed.TotalSeconds:F1} s; memory {memoryBefore / 1_048_576} MB -> {memoryAfter / 1_048_576} MB; slowest {outcomes.Max(o => o.Took).TotalMilliseconds:F0} ms");
        foreach (var group in outcomes.GroupBy(o => (o.Kind, o.Status)).OrderBy(g => g.Key.Kind))
        {
            output.WriteLine($"{group.Key.Kind,-20} {(int)group.Key.Status} x{group.Count()}");
        }

        Assert.Equal(requests.Count, outcomes.Count);
        Assert.Empty(outcomes.Where(o => (int)o.Status >= 500).Select(o => $"{o.Kind}: {(int)o.Status}"));
        Assert.Empty(outcomes.Where(o => !Expected.Contains(o.Status)).Select(o => $"{o.Kind}: {(int)o.Status}"));
        Assert.All(outcomes.Where(o => o.Status != HttpStatusCode.OK), o => Assert.Equal("application/problem+json", o.MediaType));
        Assert.True(outcomes.Count(o => o.Status == HttpStatusCode.OK) > Inputs / 3, "most generated texts are valid and must be judged");
        Assert.True(memoryAfter - memoryBefore < MemoryGrowthBound, $"managed memory grew by {(memoryAfter - memoryBefore) / 1_048_576} MB");
    }
}
