using LlmSafety.Judge.Features;
using LlmSafety.Judge.Scoring;

namespace LlmSafety.Judge.Tests.Scoring;

/// <summary>
/// The tagger keeps only features with a non-zero weight and adds all types' weights in vector lanes; its scores must
/// equal, bit for bit, scoring each type on its own with <see cref="LinearScorer.Margin(System.ReadOnlySpan{int})"/>.
/// </summary>
public class SpanTaggerScoreTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(13)]
    [InlineData(16)]
    [InlineData(17)]
    public void Scores_equal_each_types_own_linear_scorer_for_any_number_of_types(int typeCount)
    {
        const int featureCount = 1 << 12;
        var random = new Random(typeCount);
        var types = Enum.GetValues<EntityType>().Take(Math.Min(typeCount, Enum.GetValues<EntityType>().Length)).ToList();
        while (types.Count < typeCount)
        {
            types.Add(EntityType.PersonName);
        }

        var scorers = types.Select(_ =>
        {
            var weights = new float[featureCount];
            for (var i = 0; i < featureCount; i++)
            {
                // Each type gives a weight to about a fifth of the slots; many slots have none for any type.
                weights[i] = random.NextDouble() < 0.2 ? (float)((random.NextDouble() * 4) - 2) : 0f;
            }

            return new LinearScorer(weights, (float)(random.NextDouble() - 0.5), -1.3, 0.2);
        }).ToList();
        var tagger = new SpanTagger(types, scorers, [.. types.Select(_ => 0.5)]);

        var offsets = new int[41];
        var indices = new List<int>();
        for (var t = 0; t < 40; t++)
        {
            offsets[t] = indices.Count;
            for (var f = 0; f < 50; f++)
            {
                indices.Add(random.Next(featureCount));
            }
        }

        offsets[40] = indices.Count;
        var features = new TokenFeatures([.. indices], offsets);

        var probabilities = tagger.Score(features);

        for (var k = 0; k < typeCount; k++)
        {
            for (var t = 0; t < features.Count; t++)
            {
                var expected = (float)scorers[k].Probability(scorers[k].Margin(features.Of(t)));
                Assert.Equal(expected, probabilities[k][t]);
            }
        }
    }

    [Theory]
    [InlineData(3, 1.0)]
    [InlineData(13, 1.0)]
    [InlineData(13, 1e-7)]
    [InlineData(17, 3.0)]
    public void Tagging_in_one_pass_gives_the_spans_of_decoding_every_probability(int typeCount, double slopeScale)
    {
        var random = new Random(typeCount);
        var all = Enum.GetValues<EntityType>();
        var types = Enumerable.Range(0, typeCount).Select(k => all[k % all.Length]).ToList();
        var scorers = types.Select(_ =>
        {
            var weights = new float[1 << TokenFeatureExtractor.Bits];
            for (var i = 0; i < weights.Length; i += 1 + random.Next(8))
            {
                weights[i] = (float)((random.NextDouble() * 1.6) - 0.8);
            }

            // Platt slopes of either sign (a rising sigmoid is the trained case) and any size, a tiny one included.
            var slope = -slopeScale * (random.NextDouble() + 0.2) * (random.Next(10) == 0 ? -1 : 1);
            return new LinearScorer(weights, (float)(random.NextDouble() - 1), slope, random.NextDouble() - 0.5);
        }).ToList();
        var tagger = new SpanTagger(types, scorers, [.. types.Select(_ => 0.2 + (random.NextDouble() * 0.7))]);

        foreach (var text in new[]
        {
            "Maya Lopez takes 5 mg of melatonin at 7pm and sees Dr. Patel at Brookfield Clinic on Tuesdays.",
            "We went to the park. It was sunny, and my friend Leo brought his kite!",
            "Name: Holly Whitfield. School: Oak Tree Primary. Medicines: Ventolin, two puffs.",
        })
        {
            var analyzed = AnalyzedText.Analyze(text);

            Assert.Equal(tagger.Decode(analyzed, tagger.Score(analyzed)), tagger.Tag(analyzed));
        }
    }
}
