using Bunit;
using LlmSafety.Web.Components.Dashboard;
using Microsoft.Extensions.Time.Testing;

namespace LlmSafety.Web.Tests.Components;

public sealed class LiveTrafficTests
{
    private static string Stats(int total) =>
        $$$"""
        {"since":"2026-11-27T21:00:00Z","judgments":{"total":{{{total}}},"safe":{{{total}}},"review":0,"unsafe":0},
         "cache":{"hits":0,"misses":{{{total}}},"hitRatio":0},"latencyMs":{"p50":1,"p95":2,"p99":3}}
        """;

    [Fact]
    public async Task Refreshes_on_each_tick_and_stops_when_disposed()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-27T22:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var served = 0;
        var handler = new ScriptedApiHandler((_, _) => Task.FromResult(ScriptedApiHandler.Json(Stats(Interlocked.Increment(ref served) * 10))));
        await using var context = WebComponentContext.Create(handler, clock);
        var traffic = context.Render<LiveTraffic>(parameters => parameters.Add(p => p.RefreshInterval, TimeSpan.FromSeconds(5)));

        traffic.WaitForAssertion(() => Assert.Equal("10", traffic.Find("[data-stat=total]").TextContent));

        clock.Advance(TimeSpan.FromSeconds(5));
        traffic.WaitForAssertion(() => Assert.Equal("20", traffic.Find("[data-stat=total]").TextContent));
        Assert.Contains("updated 22:00:05", traffic.Find(".traffic-note").TextContent, StringComparison.Ordinal);

        await context.DisposeComponentsAsync();
        var requestsAtDispose = handler.RequestCount;
        clock.Advance(TimeSpan.FromSeconds(30));
        await Task.Delay(50);

        Assert.Equal(2, requestsAtDispose);
        Assert.Equal(requestsAtDispose, handler.RequestCount);
    }

    [Fact]
    public void Keeps_trying_after_the_api_goes_away_and_recovers()
    {
        var clock = new FakeTimeProvider();
        var up = false;
        var handler = new ScriptedApiHandler((_, _) => up
            ? Task.FromResult(ScriptedApiHandler.Json(Stats(7)))
            : throw new HttpRequestException("Connection refused"));
        using var context = WebComponentContext.Create(handler, clock);
        var traffic = context.Render<LiveTraffic>();

        traffic.WaitForAssertion(() => Assert.Single(traffic.FindAll(".api-error")));

        up = true;
        clock.Advance(TimeSpan.FromSeconds(5));

        traffic.WaitForAssertion(() => Assert.Equal("7", traffic.Find("[data-stat=total]").TextContent));
        Assert.Empty(traffic.FindAll(".api-error"));
    }
}
