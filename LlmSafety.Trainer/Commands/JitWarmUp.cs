using System.Diagnostics;
using System.Globalization;
using System.Runtime;

namespace LlmSafety.Trainer.Commands;

/// <summary>
/// Warm-up for the benchmark: calls the judge until tiered compilation has settled, so the timed loop measures the code a
/// long-running Api runs. The runtime first compiles a method quickly and unoptimised; after 30 calls it compiles it
/// again with instrumentation (dynamic PGO) and after 30 more optimised, and it starts counting calls only once no new
/// method has been compiled for 100 ms (a second on a machine with one processor). A method that a rule reaches once per
/// pass over the narratives is promoted some 60 passes after its first call, so settling takes seconds. Up to round 50
/// the benchmark warmed up with a fixed 1,000 calls, which left part of the judge unoptimised: one thread measured p50
/// 0.90 ms where the same build, settled, gives 0.54–0.63 ms.
/// </summary>
internal static class JitWarmUp
{
    /// <summary>How many calls a method needs before it is compiled again: 30 to instrumented code, 30 more to optimised.</summary>
    private const int CallsToOptimise = 60;

    /// <summary>How many rounds in a row must compile nothing.</summary>
    private const int QuietRounds = 3;

    /// <summary>The bound: a process whose other threads keep compiling stops here and says it did not settle.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);

    /// <summary>How many of the first calls are timed one by one: what a freshly started process gives.</summary>
    public const int ColdCalls = 1000;

    /// <summary>
    /// One round of calls lasts longer than the runtime's quiet time before it counts calls (100 ms, ten times that with
    /// one processor).
    /// </summary>
    private static TimeSpan RoundLength => TimeSpan.FromMilliseconds(Environment.ProcessorCount == 1 ? 1500 : 250);

    /// <summary>
    /// Calls <paramref name="call"/> (with a running count) until <see cref="QuietRounds"/> rounds in a row compile no
    /// method and those quiet rounds made at least <see cref="CallsToOptimise"/> passes over the <paramref name="passLength"/>
    /// inputs the calls cycle through (so that a method one input in a pass reaches has been called often enough to be
    /// promoted), or the limit passes; the first <see cref="ColdCalls"/> calls are timed.
    /// </summary>
    public static Result Run(Action<int> call, int passLength)
    {
        ArgumentNullException.ThrowIfNull(call);
        var clock = Stopwatch.StartNew();
        var cold = new List<double>(ColdCalls);
        var calls = 0;
        var quietRounds = 0;
        var quietCalls = 0;
        var quietCallsNeeded = CallsToOptimise * Math.Max(1, passLength);
        while ((quietRounds < QuietRounds || quietCalls < quietCallsNeeded) && clock.Elapsed < Limit)
        {
            var compiledBefore = JitInfo.GetCompiledMethodCount();
            var callsBefore = calls;
            var roundStarted = Stopwatch.GetTimestamp();
            do
            {
                var started = Stopwatch.GetTimestamp();
                call(calls++);
                if (cold.Count < ColdCalls)
                {
                    cold.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }
            while (Stopwatch.GetElapsedTime(roundStarted) < RoundLength);

            var quiet = JitInfo.GetCompiledMethodCount() == compiledBefore;
            quietRounds = quiet ? quietRounds + 1 : 0;
            quietCalls = quiet ? quietCalls + calls - callsBefore : 0;
        }

        return new Result(calls, clock.Elapsed, quietRounds >= QuietRounds && quietCalls >= quietCallsNeeded, JitInfo.GetCompiledMethodCount(), cold);
    }

    /// <param name="Cold">The times of the first calls, in milliseconds, in call order.</param>
    internal sealed record Result(int Calls, TimeSpan Elapsed, bool Settled, long MethodsCompiled, IReadOnlyList<double> Cold)
    {
        public override string ToString()
        {
            var outcome = Settled
                ? string.Create(CultureInfo.InvariantCulture, $"until {QuietRounds} or more rounds and {CallsToOptimise} passes over the inputs compiled no method ({MethodsCompiled} compiled in all)")
                : string.Create(CultureInfo.InvariantCulture, $"stopped at the {Limit.TotalSeconds:0} s bound with methods still being compiled; the figures below may be high");
            return string.Create(CultureInfo.InvariantCulture, $"warm-up: {Calls} calls in {Elapsed.TotalSeconds:0.0} s, {outcome}");
        }
    }
}
