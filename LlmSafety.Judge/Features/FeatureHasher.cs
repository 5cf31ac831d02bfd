namespace LlmSafety.Judge.Features;

/// <summary>
/// FNV-1a hashing of (feature template, value) pairs into a fixed sparse space, lower-casing on the fly so that
/// no feature string is ever allocated while judging.
/// </summary>
public static class FeatureHasher
{
    private const uint Offset = 2166136261;
    private const uint Prime = 16777619;

    public static int Hash(int template, ReadOnlySpan<char> value, int bits)
    {
        var h = Mix(Offset, (uint)template);
        foreach (var c in value)
        {
            h = Mix(h, Lower(c));
        }

        return Reduce(h, bits);
    }

    public static int Hash(int template, int value, int bits) => Reduce(Mix(Mix(Offset, (uint)template), (uint)value), bits);

    public static int Hash(int template, int first, int second, int bits) =>
        Reduce(Mix(Mix(Mix(Offset, (uint)template), (uint)first), (uint)second), bits);

    public static int Hash(int template, ReadOnlySpan<char> first, ReadOnlySpan<char> second, int bits)
    {
        var h = Mix(Offset, (uint)template);
        foreach (var c in first)
        {
            h = Mix(h, Lower(c));
        }

        h = Mix(h, '|');
        foreach (var c in second)
        {
            h = Mix(h, Lower(c));
        }

        return Reduce(h, bits);
    }

    /// <summary>Hash of a word's lower-cased characters, computed once per token and combined into many features.</summary>
    public static int WordCode(ReadOnlySpan<char> word)
    {
        var h = Offset;
        foreach (var c in word)
        {
            h = Mix(h, Lower(c));
        }

        return (int)(h & 0x7FFFFFFF);
    }

    /// <summary>Hash of a word's shape (Xxxx → Xx, 2024 → d) computed straight from its characters.</summary>
    public static int ShapeCode(ReadOnlySpan<char> word)
    {
        var h = Offset;
        var previous = '\0';
        var length = 0;
        foreach (var c in word)
        {
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (s != previous && length < 6)
            {
                h = Mix(h, s);
                previous = s;
                length++;
            }
        }

        return (int)(h & 0x7FFFFFFF);
    }

    private static uint Mix(uint h, uint value)
    {
        h ^= value & 0xFF;
        h *= Prime;
        h ^= (value >> 8) & 0xFF;
        h *= Prime;
        h ^= (value >> 16) & 0xFFFF;
        h *= Prime;
        return h;
    }

    private static int Reduce(uint h, int bits)
    {
        h ^= h >> 15;
        h *= 0x2C1B3C6D;
        h ^= h >> 12;
        return (int)(h & ((1u << bits) - 1));
    }

    /// <summary>char.ToLowerInvariant with the ASCII letters done inline (most words), the same result for every char.</summary>
    private static char Lower(char c) => c < 128 ? (c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);
}
