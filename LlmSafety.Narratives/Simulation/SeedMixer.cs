namespace LlmSafety.Narratives.Simulation;

/// <summary>
/// Derives independent, stable seeds (SplitMix64) — unlike <see cref="HashCode"/>, which is randomised per process
/// and would break "same seed, same bytes".
/// </summary>
public static class SeedMixer
{
    public static int Mix(int seed, int index) => Mix(((ulong)(uint)seed << 32) | (uint)index);

    public static int Mix(ulong value)
    {
        var z = value + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (int)(z & 0x7FFFFFFF);
    }
}
