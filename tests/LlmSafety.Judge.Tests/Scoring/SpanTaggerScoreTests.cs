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
                // Most hashed slots never see training data; a few are non-zero for one type only.
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
}
