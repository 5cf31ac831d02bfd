using LlmSafety.Api.Infrastructure.Judging;
using LlmSafety.Api.Tests.Doubles;
using LlmSafety.Api.Tests.Fixtures;
using LlmSafety.Judge;

namespace LlmSafety.Api.Tests;

public sealed class ModelSwapInFlightTests
{
    [Fact]
    public async Task A_request_in_flight_finishes_on_the_model_it_started_with()
    {
        using var factory = new ApiFactory();
        using var gate = new GatedJudge("old");
        factory.Judges.Swap(new LoadedJudge(gate, new TestRedactor(), new ModelDescriptor { Version = "old" }));
        var client = factory.CreateClient();

        var inFlight = client.PostJsonAsync("/v1/judgments", new { text = "We wait for the bus." });
        Assert.True(gate.Entered.Wait(TimeSpan.FromSeconds(10)), "The request never reached the judge.");
        factory.LoadJudge("new");
        gate.Release.Set();
        var (_, finished) = await inFlight.WaitAsync(TimeSpan.FromSeconds(10));
        var (_, next) = await client.PostJsonAsync("/v1/judgments", new { text = "We wait for the bus." });

        Assert.Equal("old", finished.GetProperty("model").GetProperty("version").GetString());
        Assert.Equal("new", next.GetProperty("model").GetProperty("version").GetString());
        Assert.False(next.GetProperty("cached").GetBoolean());
    }

    /// <summary>Holds each evaluation until the test releases it, so a swap can happen mid-request.</summary>
    private sealed class GatedJudge(string version) : IJudge, IDisposable
    {
        private readonly DeterministicTestJudge inner = new(version);

        public ManualResetEventSlim Entered { get; } = new();

        public ManualResetEventSlim Release { get; } = new();

        public string ModelVersion => inner.ModelVersion;

        public JudgePolicy DefaultPolicy => inner.DefaultPolicy;

        public Judgment Evaluate(string text, JudgePolicy? policy = null)
        {
            Entered.Set();
            Release.Wait(TimeSpan.FromSeconds(10));
            return inner.Evaluate(text, policy);
        }

        public void Dispose()
        {
            Entered.Dispose();
            Release.Dispose();
        }
    }
}
