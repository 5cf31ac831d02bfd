using System.IO.Compression;
using System.Numerics;
using LlmSafety.Judge.Normalization;

namespace LlmSafety.Judge.Lexicons;

/// <summary>
/// The words of Spanish, Portuguese and French (983,000 forms from Debian's word lists, see
/// <c>tools/other-language-words.sh</c>) and everyday words of German, Italian, Tagalog, Welsh and Turkish, with a few
/// Hebrew greetings (a short list written for this project), for one question: is a capitalised phrase that no name
/// list knows a phrase of another language ("Educação Física", "Mein Nachmittag", "Maligayang Bati", "Yom Huledet
/// Sameach") rather than a person's name? No model reads it. The words
/// are held in a Bloom filter (2 MiB, seven probes, under 0.1 % false positives), built from the embedded lists the
/// first time it is asked.
/// </summary>
internal static class OtherLanguageWords
{
    internal const string Resource = "other-language-words.txt.gz";

    internal const string EverydayResource = "other-language-everyday-words.txt";

    // The list holds no longer word; a longer token is never one of its words.
    private const int MaxLength = 24;

    private const int Probes = 7;
    private const int BitsLog2 = 24;
    private const ulong BitMask = (1UL << BitsLog2) - 1;

    private static readonly Lazy<ulong[]> Bits = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Word count of the embedded list after folding (for the tests and the docs).</summary>
    internal static int LoadedWords { get; private set; }

    /// <summary>
    /// The word, in any case, as written or without a plural "s" or "es" ("Naturales", "Fuentes"), is a word of one of
    /// the lists. Words are compared as the normaliser folds them ("Física" is "fisica").
    /// </summary>
    public static bool Contains(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > MaxLength)
        {
            return false;
        }

        Span<char> lower = stackalloc char[MaxLength];
        var length = word.ToLowerInvariant(lower);
        lower = lower[..length];
        var bits = Bits.Value;
        return MayContain(bits, lower)
            || (length > 4 && lower.EndsWith("es") && MayContain(bits, lower[..^2]))
            || (length > 3 && lower[^1] == 's' && MayContain(bits, lower[..^1]));
    }

    private static bool MayContain(ulong[] bits, ReadOnlySpan<char> word)
    {
        var (first, step) = Hash(word);
        for (var i = 0; i < Probes; i++)
        {
            var bit = (first + ((ulong)i * step)) & BitMask;
            if ((bits[bit >> 6] & (1UL << (int)(bit & 63))) == 0)
            {
                return false;
            }
        }

        return true;
    }

    private static void Add(ulong[] bits, ReadOnlySpan<char> word)
    {
        var (first, step) = Hash(word);
        for (var i = 0; i < Probes; i++)
        {
            var bit = (first + ((ulong)i * step)) & BitMask;
            bits[bit >> 6] |= 1UL << (int)(bit & 63);
        }
    }

    /// <summary>FNV-1a over the UTF-16 code units, mixed (MurmurHash3's finaliser); two probe seeds from its halves.</summary>
    private static (ulong First, ulong Step) Hash(ReadOnlySpan<char> word)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccdUL;
        hash ^= hash >> 33;
        hash *= 0xc4ceb9fe1a85ec53UL;
        hash ^= hash >> 33;
        return (hash & 0xFFFFFFFF, BitOperations.RotateLeft(hash, 32) | 1);
    }

    private static ulong[] Load()
    {
        var bits = new ulong[(1 << BitsLog2) / 64];
        var words = 0;
        using (var unzipped = new GZipStream(LexiconSet.OpenResource(Resource), CompressionMode.Decompress))
        {
            words += AddAll(bits, unzipped);
        }

        using (var everyday = LexiconSet.OpenResource(EverydayResource))
        {
            words += AddAll(bits, everyday);
        }

        LoadedWords = words;
        return bits;
    }

    /// <summary>Adds each line but blank ones and "#" comments, folded as the normaliser folds text.</summary>
    private static int AddAll(ulong[] bits, Stream stream)
    {
        using var reader = new StreamReader(stream);
        var words = 0;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            Add(bits, System.Text.Ascii.IsValid(line) ? line : TextNormalizer.FoldEntry(line));
            words++;
        }

        return words;
    }
}
