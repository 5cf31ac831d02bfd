using LlmSafety.Judge.Lexicons;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Features;

/// <summary>
/// Features of a whole text for the identity and health classifiers: the accepted entities per type (strongest
/// score, number of spans), recognizer finds, and who health words are attributed to (possessives,
/// attribution verbs, generic quantifiers before them). Plain words are left out on purpose: they tie the classifier
/// to the phrasings of the training stories instead of to the evidence.
/// </summary>
public static class DocumentFeatureExtractor
{
    public const int Bits = 18;
    private const int ProbabilityBuckets = 10;
    private static readonly int EntityTypeCount = Enum.GetValues<EntityType>().Length;

    /// <param name="namedProvider">
    /// The strongest score of a PROVIDER named by title and surname ("Dr. Kulas"), 0 without one: such a clinician
    /// identifies a person where "the dietitian" does not, and the PROVIDER type alone cannot tell the two apart.
    /// </param>
    /// <param name="healthSentence">
    /// The strongest score the health-sentence classifier gave a sentence of the text; negative when it read none.
    /// Only a score of 0.5 or more is a feature.
    /// </param>
    public static void Extract(
        AnalyzedText analyzed, IReadOnlyList<(EntityType Type, double Score)> entities, List<int> indices, List<float> values,
        double namedProvider = 0, double healthSentence = -1)
    {
        var tokens = analyzed.Tokens;
        Add(indices, values, FeatureHasher.Hash(100, 0, Bits), 1);
        if (namedProvider > 0)
        {
            Add(indices, values, FeatureHasher.Hash(111, 0, Bits), 1);
            Add(indices, values, FeatureHasher.Hash(112, 0, Bits), (float)ScaledLogOdds(namedProvider));
        }

        // Only a likely sentence is evidence: a text whose sentences all read healthy is not thereby free of health words,
        // and "Some kids have asthma. Grandpa has it too." must not lose its flag to "Grandpa has it too." reading as nothing.
        if (healthSentence >= 0.5)
        {
            Add(indices, values, FeatureHasher.Hash(113, Math.Min(ProbabilityBuckets - 1, (int)(healthSentence * ProbabilityBuckets)), Bits), 1);
            Add(indices, values, FeatureHasher.Hash(114, 0, Bits), (float)ScaledLogOdds(healthSentence));
        }

        var typeCount = EntityTypeCount;
        Span<int> counts = stackalloc int[typeCount];
        Span<double> strongest = stackalloc double[typeCount];
        foreach (var entity in entities)
        {
            counts[(int)entity.Type]++;
            strongest[(int)entity.Type] = Math.Max(strongest[(int)entity.Type], entity.Score);
        }

        for (var type = 0; type < typeCount; type++)
        {
            Add(indices, values, FeatureHasher.Hash(104, type, Math.Min(counts[type], 3), Bits), 1);
            if (counts[type] == 0)
            {
                continue;
            }

            var max = strongest[type];
            Add(indices, values, FeatureHasher.Hash(102, type, Math.Min(ProbabilityBuckets - 1, (int)(max * ProbabilityBuckets)), Bits), 1);
            Add(indices, values, FeatureHasher.Hash(103, type, Bits), (float)max);
            // Log-odds make a linear model combine evidence like independent votes, which calibrates better than raw probabilities.
            var logOdds = ScaledLogOdds(max);
            Add(indices, values, FeatureHasher.Hash(110, type, Bits), (float)logOdds);
        }

        foreach (var found in analyzed.Recognized)
        {
            Add(indices, values, FeatureHasher.Hash(107, (int)found.Type, Bits), 1);
        }

        for (var t = 0; t < tokens.Count; t++)
        {
            var health = analyzed.Lexicons[t] & LexiconSet.HealthKinds;
            if (health != LexiconKind.None)
            {
                AddAttribution(analyzed, t, (int)health, indices, values);
            }
        }
    }

    private static void AddAttribution(AnalyzedText analyzed, int t, int health, List<int> indices, List<float> values)
    {
        var cues = LexiconKind.None;
        for (var n = Math.Max(0, t - 4); n < t; n++)
        {
            cues |= analyzed.Lexicons[n] & (LexiconKind.Possessive | LexiconKind.AttributionCue | LexiconKind.GenericCue);
            Add(indices, values, FeatureHasher.Hash(106, analyzed.WordCodes[n], Bits), 1);
        }

        Add(indices, values, FeatureHasher.Hash(105, (int)cues, health, Bits), 1);
    }

    /// <summary>A probability's log-odds, clamped to ±10 and divided by 10.</summary>
    private static double ScaledLogOdds(double p) => Math.Clamp(Math.Log((p + 1e-6) / (1 - p + 1e-6)), -10, 10) / 10;

    private static void Add(List<int> indices, List<float> values, int index, float value)
    {
        indices.Add(index);
        values.Add(value);
    }
}
