using System.Diagnostics;
using System.Globalization;
using System.Runtime;

namespace LlmSafety.Trainer.Commands;

/// <summary>
/// Warm-up for the benchmark: calls the judge until tiered compilation has settled, so the timed loop measures the code a
/// long-running Api runs. The runtime promotes a method to optimised code only after it has been called 30 times and no
/// new method has been jitted for 100 ms; the judge's many rarely taken rule paths keep jitting new methods, so settling
/// takes seconds. Up to round 50 the benchmark warmed up with a fixed 1,000 calls, which left part of the judge
/// unoptimised: one thread measured p50 0.90 ms where the same build, settled, gives 0.61 ms.
/// </summary>
internal static class JitWarmUp
{
    /// <summary>How long one round of calls lasts: longer than the runtime's 100 ms quiet time before it promotes.</summary>
    private static readonly TimeSpan RoundLength = TimeSpan.FromMilliseconds(250);

    /// <summary>How many rounds in a row must jit nothing.</summary>
    private const int QuietRounds = 3;

    /// <summary>The bound: a process whose other threads keep jitting stops here and says it did not settle.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    /// <summary>How many of the first calls are timed one by one: what a freshly started process gives.</summary>
    public const int ColdCalls = 1000;

    /// <summary>
    /// Calls <paramref name="call"/> (with a running count) until <see cref="QuietRounds"/> rounds in a row compile no
    /// method, or the limit passes; the first <see cref="ColdCalls"/> calls are timed.
    /// </summary>
    public static Result Run(Action<int> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var clock = Stopwatch.StartNew();
        var cold = new List<double>(ColdCalls);
        var calls = 0;
        var quiet = 0;
        while (quiet < QuietRounds && clock.Elapsed < Limit)
        {
            var compiledBefore = JitInfo.GetCompiledMethodCount();
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

            quiet = JitInfo.GetCompiledMethodCount() == compiledBefore ? quiet + 1 : 0;
        }

        return new Result(calls, clock.Elapsed, quiet >= QuietRounds, JitInfo.GetCompiledMethodCount(), [.. cold]);
    }

    /// <param name="Cold">The times of the first calls, in milliseconds, in call order.</param>
    internal sealed record Result(int Calls, TimeSpan Elapsed, bool Settled, long MethodsCompiled, double[] Cold)
    {
        public override string ToString()
        {
            var outcome = Settled
                ? string.Create(CultureInfo.InvariantCulture, $"until {QuietRounds} rounds of {RoundLength.TotalMilliseconds:0} ms compiled no method ({MethodsCompiled} compiled in all)")
                : string.Create(CultureInfo.InvariantCulture, $"stopped at the {Limit.TotalSeconds:0} s bound with methods still being compiled; the figures below may be high");
            return string.Create(CultureInfo.InvariantCulture, $"warm-up: {Calls} calls in {Elapsed.TotalSeconds:0.0} s, {outcome}");
        }
    }
}
