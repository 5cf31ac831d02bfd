using System.Numerics;
using System.Runtime.InteropServices;
using LlmSafety.Judge.Features;
using LlmSafety.Judge.Policy;

namespace LlmSafety.Judge.Scoring;

/// <summary>
/// The learned span tagger at inference time: one calibrated linear scorer per entity type over the token features,
/// a per-type threshold chosen on validation, and a decoder that joins neighbouring tagged tokens into spans.
/// </summary>
public sealed class SpanTagger
{
    // Weights of all types for one feature sit side by side in one row padded to whole vectors, so a token costs one
    // cache line per feature rather than one per feature and type. Only features with a non-zero weight for some type
    // get a row (about a fifth of the hashed slots after training), found through a bitmap of those features and the
    // count of rows before each 64-slot word (64 KB for 2^18 slots, side by side so that one cache line holds both): the
    // tables are a few megabytes instead of 14 and a feature the training never saw costs one bit test and no row.
    // The rows live in a pinned array and start _firstRow floats in, at a 64-byte address, so that a row of 16 floats (13
    // types) is one cache line and not two.
    private readonly float[] _rows;
    private readonly int _firstRow;
    private readonly RowIndex[] _rowIndex;
    private readonly int _stride;

    private readonly record struct RowIndex(ulong HasRow, int RowsBefore);

    public SpanTagger(IReadOnlyList<EntityType> types, IReadOnlyList<LinearScorer> scorers, IReadOnlyList<double> thresholds)
    {
        Types = types;
        Scorers = scorers;
        Thresholds = thresholds;
        PersonNameIndex = new List<EntityType>(types).IndexOf(EntityType.PersonName);

        var featureCount = scorers.Count == 0 ? 0 : scorers[0].Weights.Length;
        var width = Vector<float>.Count;
        _stride = Math.Max(width, (scorers.Count + width - 1) / width * width);
        _rowIndex = new RowIndex[(featureCount + 63) / 64];
        var rows = new List<float>();
        for (var word = 0; word < _rowIndex.Length; word++)
        {
            var rowsBefore = rows.Count / _stride;
            var hasRow = 0UL;
            for (var i = word * 64; i < Math.Min(featureCount, (word + 1) * 64); i++)
            {
                if (scorers.Any(scorer => scorer.Weights[i] != 0f))
                {
                    hasRow |= 1UL << (i % 64);
                    rows.AddRange(scorers.Select(scorer => scorer.Weights[i]));
                    rows.AddRange(new float[_stride - scorers.Count]);
                }
            }

            _rowIndex[word] = new RowIndex(hasRow, rowsBefore);
        }

        (_rows, _firstRow) = AlignedRows(rows);
        _skipBelow = SkipBelow();
    }

    /// <summary>The rows copied into a pinned array (which the collector never moves) from a float at a 64-byte address on.</summary>
    private static (float[] Rows, int First) AlignedRows(List<float> rows)
    {
        const int LineFloats = 64 / sizeof(float);
        var aligned = GC.AllocateArray<float>(rows.Count + LineFloats, pinned: true);
        var address = Marshal.UnsafeAddrOfPinnedArrayElement(aligned, 0).ToInt64();
        var first = (int)((64 - (address % 64)) % 64 / sizeof(float));
        rows.CopyTo(aligned, first);
        return (aligned, first);
    }

    /// <summary>Where the weights of feature index start in <see cref="_rows"/>, or -1 when all of them are zero.</summary>
    private int RowOf(int index)
    {
        var entry = _rowIndex[index >> 6];
        var bit = 1UL << (index & 63);
        return (entry.HasRow & bit) == 0 ? -1 : _firstRow + ((entry.RowsBefore + BitOperations.PopCount(entry.HasRow & (bit - 1))) * _stride);
    }

    public IReadOnlyList<EntityType> Types { get; }

    // Per type, a margin below which the calibrated probability is certainly under what AddCandidate keeps (ExtensionRatio
    // × the threshold, or NamePairFloor for PERSON_NAME): the Platt sigmoid rises with the margin, so a token whose
    // margins are all below these needs no probabilities at all. The bound sits 0.01 below the exact crossing, so
    // rounding can never skip a token AddCandidate would keep (see SkipBelow); a type whose sigmoid does not rise, or whose
    // bound is not a number, is never skipped.
    private readonly float[] _skipBelow;

    private float[] SkipBelow()
    {
        var bounds = new float[Types.Count];
        for (var k = 0; k < bounds.Length; k++)
        {
            var keep = Thresholds[k] * ExtensionRatio;
            keep = k == PersonNameIndex ? Math.Min(keep, NamePairFloor) : keep;
            var scorer = Scorers[k];
            // A float probability rounds up to keep from a little below it: solve for a level a millionth lower, so a
            // tiny slope (which spreads that rounding over a wide range of margins) cannot skip a token that is kept.
            var level = keep * (1 - 1e-6);
            var bound = keep is > 0 and < 1 && scorer.PlattSlope < 0
                ? ((Math.Log((1 / level) - 1) - scorer.PlattOffset) / scorer.PlattSlope) - 0.01
                : double.NegativeInfinity;
            bounds[k] = double.IsNaN(bound) ? float.NegativeInfinity : (float)bound;
        }

        return bounds;
    }

    private bool MayBeKept(ReadOnlySpan<float> margins)
    {
        for (var k = 0; k < margins.Length; k++)
        {
            // Not "below the bound" also keeps a NaN margin, as AddCandidate does.
            if (!(margins[k] < _skipBelow[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The index of PERSON_NAME in <see cref="Types"/>, or -1 when the tagger has no such model.</summary>
    private int PersonNameIndex { get; }

    public IReadOnlyList<LinearScorer> Scorers { get; }

    public IReadOnlyList<double> Thresholds { get; }

    /// <summary>
    /// Scores every token and decodes spans in one pass, keeping only what decoding can use: for each token, the types
    /// whose probability reaches <see cref="ExtensionRatio"/> × their threshold (a token below that for every type can
    /// neither seed nor extend a span; PERSON_NAME also keeps tokens at <see cref="NamePairFloor"/> for name-shaped pairs).
    /// Memory grows with the number of such candidates, not with tokens × types.
    /// Gives exactly the spans of <see cref="Decode"/> over <see cref="Score(AnalyzedText)"/>.
    /// </summary>
    public List<TaggedSpan> Tag(AnalyzedText analyzed)
    {
        var typeCount = Types.Count;
        var tokenCount = analyzed.Tokens.Count;
        var candidates = new TokenCandidates(Math.Min(tokenCount, 256));
        var buffer = new List<int>(128);
        Span<float> margins = stackalloc float[typeCount];
        Span<float> probabilities = stackalloc float[typeCount];
        for (var t = 0; t < tokenCount; t++)
        {
            buffer.Clear();
            TokenFeatureExtractor.AddTokenFeatures(analyzed, t, buffer);
            ScoreToken(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(buffer), margins);
            if (!MayBeKept(margins))
            {
                // Most tokens: every type is clearly below what AddCandidate keeps, so it would keep nothing.
                continue;
            }

            for (var k = 0; k < typeCount; k++)
            {
                probabilities[k] = (float)Scorers[k].Probability(margins[k]);
            }

            AddCandidate(candidates, t, probabilities);
        }

        return DecodeCandidates(analyzed, candidates);
    }

    /// <summary>
    /// Probabilities [type][token] for every token and type (tests and diagnostics; judging uses <see cref="Tag"/>,
    /// which does not store them).
    /// </summary>
    public float[][] Score(AnalyzedText analyzed)
    {
        var typeCount = Types.Count;
        var tokenCount = analyzed.Tokens.Count;
        var probabilities = new float[typeCount][];
        for (var k = 0; k < typeCount; k++)
        {
            probabilities[k] = new float[tokenCount];
        }

        var buffer = new List<int>(128);
        Span<float> margins = stackalloc float[typeCount];
        for (var t = 0; t < tokenCount; t++)
        {
            buffer.Clear();
            TokenFeatureExtractor.AddTokenFeatures(analyzed, t, buffer);
            ScoreToken(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(buffer), margins);
            for (var k = 0; k < typeCount; k++)
            {
                probabilities[k][t] = (float)Scorers[k].Probability(margins[k]);
            }
        }

        return probabilities;
    }

    /// <summary>
    /// Margins of every type for one token: bias plus the weights of its features, added in feature order for each
    /// type (the same sums, bit for bit, as <see cref="LinearScorer.Margin"/>), all types at once in vector lanes.
    /// </summary>
    private void ScoreToken(ReadOnlySpan<int> indices, Span<float> margins)
    {
        var typeCount = Types.Count;
        if (typeCount == 0)
        {
            return;
        }

        Span<float> sums = stackalloc float[_stride];
        for (var k = 0; k < typeCount; k++)
        {
            sums[k] = Scorers[k].Bias;
        }

        var width = Vector<float>.Count;
        var rows = _rows.AsSpan();
        if (_stride == 2 * width)
        {
            // The common case (13 types in two vectors of 8): both sums stay in registers.
            var low = new Vector<float>(sums);
            var high = new Vector<float>(sums[width..]);
            foreach (var index in indices)
            {
                var row = RowOf(index);
                if (row >= 0)
                {
                    low += new Vector<float>(rows.Slice(row, width));
                    high += new Vector<float>(rows.Slice(row + width, width));
                }
            }

            low.CopyTo(sums);
            high.CopyTo(sums[width..]);
        }
        else
        {
            foreach (var index in indices)
            {
                var row = RowOf(index);
                for (var k = 0; row >= 0 && k < _stride; k += width)
                {
                    (new Vector<float>(sums[k..]) + new Vector<float>(rows.Slice(row + k, width))).CopyTo(sums[k..]);
                }
            }
        }

        sums[..typeCount].CopyTo(margins);
    }

    /// <summary>Probabilities [type][token] from features extracted in advance (training and validation).</summary>
    public float[][] Score(TokenFeatures features)
    {
        var typeCount = Types.Count;
        var probabilities = new float[typeCount][];
        for (var k = 0; k < typeCount; k++)
        {
            probabilities[k] = new float[features.Count];
        }

        Span<float> margins = stackalloc float[typeCount];
        for (var t = 0; t < features.Count; t++)
        {
            ScoreToken(features.Of(t), margins);
            for (var k = 0; k < typeCount; k++)
            {
                probabilities[k][t] = (float)Scorers[k].Probability(margins[k]);
            }
        }

        return probabilities;
    }

    /// <summary>
    /// Tokens at or above their type's threshold seed spans; a seed grows into neighbouring words whose probability
    /// for the same type is at least <see cref="ExtensionRatio"/> of the threshold (hysteresis), so a confidently
    /// tagged surname pulls in the first name before it and a paraphrase keeps its weaker words. The same decoding as
    /// <see cref="Tag"/>, over probabilities computed in advance (tests and diagnostics).
    /// </summary>
    public List<TaggedSpan> Decode(AnalyzedText analyzed, float[][] probabilities)
    {
        var typeCount = Types.Count;
        var candidates = new TokenCandidates(Math.Min(analyzed.Tokens.Count, 256));
        Span<float> column = stackalloc float[typeCount];
        for (var t = 0; t < analyzed.Tokens.Count; t++)
        {
            for (var k = 0; k < typeCount; k++)
            {
                column[k] = probabilities[k][t];
            }

            AddCandidate(candidates, t, column);
        }

        return DecodeCandidates(analyzed, candidates);
    }

    /// <summary>
    /// Keeps token t as a candidate with the types decoding can use: those whose probability reaches
    /// <see cref="ExtensionRatio"/> × their threshold (a token below that for every type can neither seed nor extend a
    /// span; PERSON_NAME also keeps probabilities from <see cref="NamePairFloor"/> for name-shaped pairs), seeded with
    /// the likeliest type at or above its threshold.
    /// </summary>
    private void AddCandidate(TokenCandidates candidates, int t, ReadOnlySpan<float> probabilities)
    {
        var first = true;
        var assigned = -1;
        var bestProbability = 0f;
        for (var k = 0; k < probabilities.Length; k++)
        {
            var p = probabilities[k];
            if (p < Thresholds[k] * ExtensionRatio && (k != PersonNameIndex || p < NamePairFloor))
            {
                continue;
            }

            if (first)
            {
                candidates.StartToken(t);
                first = false;
            }

            candidates.AddEntry(k, p);
            if (p >= Thresholds[k] && p > bestProbability)
            {
                assigned = k;
                bestProbability = p;
            }
        }

        if (!first)
        {
            candidates.Assigned[candidates.Count - 1] = (sbyte)assigned;
        }
    }

    public const double ExtensionRatio = 0.4;

    /// <summary>Token t, tagged with type, continues the open span when joinable, else closes it and opens its own.</summary>
    private static TaggedSpan AddTagged(
        List<TaggedSpan> spans, TaggedSpan? open, string text, List<Text.Token> tokens, EntityType type, int t, float probability)
    {
        if (open is { } current && current.Type == type && Joinable(text, tokens[current.LastToken].End, tokens[t].Start, type, t - current.LastToken))
        {
            return current with
            {
                LastToken = t,
                ScoreSum = current.ScoreSum + probability,
                TaggedCount = current.TaggedCount + 1,
            };
        }

        if (open is { } finished)
        {
            spans.Add(finished);
        }

        return new TaggedSpan(type, t, t, probability, 1);
    }

    /// <summary>The PERSON_NAME probability both words of a name-shaped pair need to seed a span (see IsNamePair).</summary>
    public const float NamePairFloor = 0.05f;

    /// <summary>
    /// Decodes spans over the candidate tokens: name-shaped pairs seed PERSON_NAME, seeds extend into neighbouring
    /// candidates, and a span continues from one tagged token to the next when <see cref="Joinable"/> holds (only
    /// spaces and ".", "-", "'" between them, or "," and "#" inside an address), then touching health spans are joined.
    /// </summary>
    private List<TaggedSpan> DecodeCandidates(AnalyzedText analyzed, TokenCandidates candidates)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var count = candidates.Count;
        var person = PersonNameIndex;
        for (var c = 1; c < count && person >= 0; c++)
        {
            if (candidates.Tokens[c] == candidates.Tokens[c - 1] + 1 && candidates.Assigned[c - 1] < 0 && candidates.Assigned[c] < 0
                && IsNamePair(analyzed, candidates.Tokens[c - 1]) && candidates.Has(c - 1, person) && candidates.Has(c, person))
            {
                candidates.Assigned[c - 1] = (sbyte)person;
                candidates.Assigned[c] = (sbyte)person;
            }
        }

        for (var c = 1; c < count; c++)
        {
            if (candidates.Tokens[c] == candidates.Tokens[c - 1] + 1)
            {
                TryExtend(analyzed, candidates, from: c - 1, to: c);
            }
        }

        for (var c = count - 2; c >= 0; c--)
        {
            if (candidates.Tokens[c + 1] == candidates.Tokens[c] + 1)
            {
                TryExtend(analyzed, candidates, from: c + 1, to: c);
            }
        }

        var spans = new List<TaggedSpan>();
        TaggedSpan? open = null;
        for (var c = 0; c < count; c++)
        {
            var best = candidates.Assigned[c];
            if (best < 0)
            {
                continue;
            }

            var t = candidates.Tokens[c];
            open = AddTagged(spans, open, text, tokens, Types[best], t, candidates.ProbabilityOf(c, best));
        }

        if (open is { } last)
        {
            spans.Add(last);
        }

        return MergeHealthNeighbours(analyzed, spans);
    }

    /// <summary>
    /// Health spans of different types that touch ("wheezing" DIAGNOSIS, "attacks" DEVICE) are one disclosure the
    /// tagger could not type: in a phrasing it never saw, its evidence for "health" is spread over the four health
    /// scorers. The joined span takes the type with the larger summed probability, where a part made only of function
    /// words ("for my" after "chemotherapy") has no say.
    /// </summary>
    private static List<TaggedSpan> MergeHealthNeighbours(AnalyzedText analyzed, List<TaggedSpan> spans)
    {
        var tokens = analyzed.Tokens;
        for (var i = spans.Count - 1; i > 0; i--)
        {
            var (left, right) = (spans[i - 1], spans[i]);
            if (left.Type == right.Type || EntityCategories.Of(left.Type) != Category.Health || EntityCategories.Of(right.Type) != Category.Health
                || right.FirstToken != left.LastToken + 1
                || !Joinable(analyzed.Text, tokens[left.LastToken].End, tokens[right.FirstToken].Start, left.Type, 1))
            {
                continue;
            }

            var leftVote = IsOnlyFunctionWords(analyzed, left) ? 0 : left.ScoreSum;
            var rightVote = IsOnlyFunctionWords(analyzed, right) ? 0 : right.ScoreSum;
            spans[i - 1] = new TaggedSpan(
                rightVote > leftVote ? right.Type : left.Type,
                left.FirstToken,
                right.LastToken,
                left.ScoreSum + right.ScoreSum,
                left.TaggedCount + right.TaggedCount);
            spans.RemoveAt(i);
        }

        return spans;
    }

    /// <summary>"a", "was", "does not", "for my": words that frame a disclosure without being one.</summary>
    internal static bool IsOnlyFunctionWords(AnalyzedText analyzed, TaggedSpan span)
    {
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            if ((analyzed.Lexicons[t] & Lexicons.LexiconKind.FunctionWord) == 0 && analyzed.Tokens[t].Kind != Text.TokenKind.Punctuation)
            {
                return false;
            }
        }

        return true;
    }

    private void TryExtend(AnalyzedText analyzed, TokenCandidates candidates, int from, int to)
    {
        var k = candidates.Assigned[from];
        var target = candidates.Tokens[to];
        if (k < 0 || candidates.Assigned[to] >= 0 || analyzed.Tokens[target].Kind == Text.TokenKind.Punctuation
            || !candidates.Has(to, k) || candidates.ProbabilityOf(to, k) < Thresholds[k] * ExtensionRatio)
        {
            return;
        }

        var (left, right) = from < to ? (candidates.Tokens[from], target) : (target, candidates.Tokens[from]);
        if (Joinable(analyzed.Text, analyzed.Tokens[left].End, analyzed.Tokens[right].Start, Types[k], 1))
        {
            candidates.Assigned[to] = (sbyte)k;
        }
    }

    /// <summary>
    /// Two neighbouring capitalised words that could both be names (known first names or surnames, or not ordinary
    /// English words), separated by one space: with both above the extension level for PERSON_NAME, such a pair seeds
    /// a name span without reaching the threshold, since a full name in a sentence the tagger has never seen gets
    /// middling scores while a pair of this shape is rarely anything else.
    /// </summary>
    private static bool IsNamePair(AnalyzedText analyzed, int first)
    {
        var tokens = analyzed.Tokens;
        return IsNameLikeWord(analyzed, first) && IsNameLikeWord(analyzed, first + 1)
            && tokens[first + 1].Start - tokens[first].End == 1 && analyzed.Text[tokens[first].End] == ' ';
    }

    private static bool IsNameLikeWord(AnalyzedText analyzed, int t)
    {
        var shape = NameShape.Of(analyzed, t);
        return NameShape.IsKnownName(shape)
            || (shape == NameShape.UnknownWord && (analyzed.Lexicons[t] & (Lexicons.LexiconKind.WellKnownName | Lexicons.LexiconKind.CalendarWord)) == 0);
    }

    private static bool Joinable(string text, int previousEnd, int start, EntityType type, int tokenDistance)
    {
        if (tokenDistance > 3)
        {
            return false;
        }

        foreach (var c in text.AsSpan(previousEnd, start - previousEnd))
        {
            if (c == '\n' || !(char.IsWhiteSpace(c) || c is '.' or '-' or '\'' || (type == EntityType.Address && c is ',' or '#')))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>A decoded span over tokens [FirstToken, LastToken] with the mean probability of its tagged tokens.</summary>
public readonly record struct TaggedSpan(EntityType Type, int FirstToken, int LastToken, float ScoreSum, int TaggedCount)
{
    public double Score => ScoreSum / TaggedCount;
}

/// <summary>
/// Tokens that some type could claim, in token order, with the (type, probability) entries at or above each type's
/// extension floor and the type the token was seeded with (-1 for none).
/// </summary>
internal sealed class TokenCandidates(int capacity)
{
    private int[] _entryStart = new int[capacity + 1];
    private byte[] _entryTypes = new byte[capacity];
    private float[] _entryProbabilities = new float[capacity];
    private int _entryCount;

    public int Count { get; private set; }

    public int[] Tokens { get; private set; } = new int[capacity];

    public sbyte[] Assigned { get; private set; } = new sbyte[capacity];

    public void StartToken(int token)
    {
        if (Count == Tokens.Length)
        {
            var size = Math.Max(16, Count * 2);
            Tokens = Grow(Tokens, size);
            Assigned = Grow(Assigned, size);
            _entryStart = Grow(_entryStart, size + 1);
        }

        Tokens[Count] = token;
        Assigned[Count] = -1;
        _entryStart[Count] = _entryCount;
        Count++;
        _entryStart[Count] = _entryCount;
    }

    public void AddEntry(int type, float probability)
    {
        if (_entryCount == _entryTypes.Length)
        {
            var size = Math.Max(16, _entryCount * 2);
            _entryTypes = Grow(_entryTypes, size);
            _entryProbabilities = Grow(_entryProbabilities, size);
        }

        _entryTypes[_entryCount] = (byte)type;
        _entryProbabilities[_entryCount] = probability;
        _entryCount++;
        _entryStart[Count] = _entryCount;
    }

    public bool Has(int candidate, int type) => IndexOf(candidate, type) >= 0;

    public float ProbabilityOf(int candidate, int type) => _entryProbabilities[IndexOf(candidate, type)];

    private int IndexOf(int candidate, int type)
    {
        for (var e = _entryStart[candidate]; e < _entryStart[candidate + 1]; e++)
        {
            if (_entryTypes[e] == type)
            {
                return e;
            }
        }

        return -1;
    }

    private static T[] Grow<T>(T[] array, int size)
    {
        var grown = new T[size];
        array.AsSpan().CopyTo(grown);
        return grown;
    }
}
