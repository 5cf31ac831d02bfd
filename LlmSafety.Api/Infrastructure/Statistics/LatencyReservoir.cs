namespace LlmSafety.Api.Infrastructure.Statistics;

/// <summary>
/// The most recent <c>capacity</c> latencies in a ring buffer. Writers claim a slot with one interlocked increment
/// and never wait; readers copy and sort, which is cheap at this size and only happens on <c>GET /v1/stats</c>.
/// </summary>
public sealed class LatencyReservoir(int capacity = 4096)
{
    private readonly double[] samples = new double[capacity];
    private long written;

    public void Record(double milliseconds)
    {
        var slot = (Interlocked.Increment(ref written) - 1) % samples.Length;
        Volatile.Write(ref samples[slot], milliseconds);
    }

    /// <summary>Nearest-rank percentiles (p in [0, 100]) of the retained samples; zeros when nothing was recorded.</summary>
    public IReadOnlyList<double> Percentiles(params double[] percentiles)
    {
        ArgumentNullException.ThrowIfNull(percentiles);
        var count = (int)Math.Min(Interlocked.Read(ref written), samples.Length);
        if (count == 0)
        {
            return new double[percentiles.Length];
        }

        var copy = new double[count];
        Array.Copy(samples, copy, count);
        Array.Sort(copy);
        return [.. percentiles.Select(p => copy[Math.Clamp((int)Math.Ceiling(p / 100 * count) - 1, 0, count - 1)])];
    }
}
