using LlmSafety.Judge.Lexicons;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Features;

/// <summary>
/// Features of each token for the span tagger: the word, its neighbours in a ±2 window, word shapes, affixes,
/// lexicon memberships around it, recognizer finds, titles and possessive/attribution cues before it. The same
/// code serves training and judging, so the fast scorer sees exactly what ML.NET was trained on.
/// </summary>
public static class TokenFeatureExtractor
{
    public const int Bits = 18;
    private const int CueWindow = 4;

    public static TokenFeatures Extract(AnalyzedText analyzed)
    {
        var text = analyzed.Text;
        var tokens = analyzed.Tokens;
        var indices = new List<int>(tokens.Count * 48);
        var offsets = new int[tokens.Count + 1];
        for (var t = 0; t < tokens.Count; t++)
        {
            offsets[t] = indices.Count;
            AddTokenFeatures(analyzed, text, tokens, t, indices, true);
        }

        offsets[tokens.Count] = indices.Count;
        return new TokenFeatures([.. indices], offsets);
    }

    /// <summary>Appends the features of token t to f; judging streams tokens through one buffer instead of storing all.</summary>
    public static void AddTokenFeatures(AnalyzedText analyzed, int t, List<int> f) => AddTokenFeatures(analyzed, analyzed.Text, analyzed.Tokens, t, f, true);

    /// <summary>
    /// The features of token t without any word identity (its own word, its neighbours' words, word pairs): only shapes,
    /// affixes, lexicons, recognizers and cues remain. Training adds such copies of rows so the tagger cannot lean on
    /// the words of the templates it saw and must also learn what a name, a drug or an address looks like.
    /// </summary>
    public static void AddWordlessTokenFeatures(AnalyzedText analyzed, int t, List<int> f) => AddTokenFeatures(analyzed, analyzed.Text, analyzed.Tokens, t, f, false);

    private static void AddTokenFeatures(AnalyzedText analyzed, string text, List<Token> tokens, int t, List<int> f, bool words)
    {
        var word = tokens[t].In(text);
        var kinds = analyzed.Lexicons[t];
        var shape = analyzed.Shapes[t];
        var codes = analyzed.WordCodes;
        f.Add(FeatureHasher.Hash(1, 0, Bits));
        if (words)
        {
            f.Add(FeatureHasher.Hash(2, codes[t], Bits));
        }

        f.Add(FeatureHasher.Hash(7, shape, Bits));
        f.Add(FeatureHasher.Hash(10, word[Math.Max(0, word.Length - 3)..], Bits));
        f.Add(FeatureHasher.Hash(11, word[..Math.Min(3, word.Length)], Bits));
        f.Add(FeatureHasher.Hash(17, shape, analyzed.SentenceStarts[t] ? 1 : 0, Bits));
        f.Add(FeatureHasher.Hash(22, Math.Min(word.Length, 12), (int)tokens[t].Kind, Bits));
        AddKinds(f, 12, kinds);

        for (var offset = -2; offset <= 2; offset++)
        {
            if (offset == 0)
            {
                continue;
            }

            var n = t + offset;
            var template = 30 + offset;
            if (n < 0 || n >= tokens.Count)
            {
                f.Add(FeatureHasher.Hash(template, -99, Bits));
                continue;
            }

            if (words)
            {
                f.Add(FeatureHasher.Hash(template, codes[n], Bits));
            }

            f.Add(FeatureHasher.Hash(template + 10, analyzed.Shapes[n], Bits));
            AddKinds(f, template + 20, analyzed.Lexicons[n]);
            if (analyzed.RecognizedTypeByToken[n] is { } neighbourType)
            {
                f.Add(FeatureHasher.Hash(template + 30, (int)neighbourType, Bits));
            }
        }

        if (t > 0 && words)
        {
            f.Add(FeatureHasher.Hash(23, codes[t - 1], codes[t], Bits));
            f.Add(FeatureHasher.Hash(18, codes[t - 1], shape, Bits));
        }

        if (t + 1 < tokens.Count)
        {
            f.Add(FeatureHasher.Hash(19, shape, analyzed.Shapes[t + 1], Bits));
            if (words)
            {
                f.Add(FeatureHasher.Hash(24, codes[t], codes[t + 1], Bits));
            }
        }

        AddNameShape(analyzed, tokens, t, f);

        if (analyzed.RecognizedTypeByToken[t] is { } type)
        {
            f.Add(FeatureHasher.Hash(25, (int)type, Bits));
        }

        AddContextCues(analyzed, t, kinds, f);
    }

    /// <summary>
    /// What a run of capitalised words is made of, independent of the words: a known first name, a known surname, an
    /// initial, an ordinary English word, or an unknown proper word; for this token, the two before and the two after.
    /// A known first name followed by an unknown capitalised word reads as a full name in any sentence.
    /// </summary>
    private static void AddNameShape(AnalyzedText analyzed, List<Token> tokens, int t, List<int> f)
    {
        var here = NameShape.Of(analyzed, t);
        var before = t > 0 ? NameShape.Of(analyzed, t - 1) : 0;
        var after = t + 1 < tokens.Count ? NameShape.Of(analyzed, t + 1) : 0;
        var before2 = t > 1 ? NameShape.Of(analyzed, t - 2) : 0;
        var after2 = t + 2 < tokens.Count ? NameShape.Of(analyzed, t + 2) : 0;
        f.Add(FeatureHasher.Hash(50, (before * 256) + (here * 16) + after, analyzed.SentenceStarts[t] ? 1 : 0, Bits));
        f.Add(FeatureHasher.Hash(51, (before2 * 256) + (before * 16) + here, Bits));
        f.Add(FeatureHasher.Hash(52, (here * 256) + (after * 16) + after2, Bits));
    }

    /// <summary>Whose is it? Possessives, attribution verbs and generic quantifiers shortly before the token.</summary>
    private static void AddContextCues(AnalyzedText analyzed, int t, LexiconKind kinds, List<int> f)
    {
        var cues = LexiconKind.None;
        var titled = false;
        for (var n = Math.Max(0, t - CueWindow); n < t; n++)
        {
            cues |= analyzed.Lexicons[n] & (LexiconKind.Possessive | LexiconKind.AttributionCue | LexiconKind.GenericCue);
            titled |= (analyzed.Lexicons[n] & LexiconKind.Title) != 0 && t - n <= 2;
        }

        var health = kinds & LexiconSet.HealthKinds;
        f.Add(FeatureHasher.Hash(26, (int)cues, health == LexiconKind.None ? 0 : 1, Bits));
        if (titled)
        {
            f.Add(FeatureHasher.Hash(27, analyzed.Shapes[t], Bits));
        }
    }

    private static void AddKinds(List<int> f, int template, LexiconKind kinds)
    {
        if (kinds == LexiconKind.None)
        {
            f.Add(FeatureHasher.Hash(template, 0, Bits));
            return;
        }

        // Each kind is one bit: the set bits from the lowest up, the order of the enum's values.
        for (var bits = (uint)kinds; bits != 0; bits &= bits - 1)
        {
            f.Add(FeatureHasher.Hash(template, 1 << System.Numerics.BitOperations.TrailingZeroCount(bits), Bits));
        }
    }
}
