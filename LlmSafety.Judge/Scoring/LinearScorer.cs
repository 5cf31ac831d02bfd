namespace LlmSafety.Judge.Scoring;

/// <summary>
/// A linear model lifted out of ML.NET (weights, bias, Platt sigmoid) that scores hashed sparse features without
/// the ML.NET pipeline: a handful of array reads per feature, no allocation.
/// </summary>
public sealed class LinearScorer(float[] weights, float bias, double plattSlope, double plattOffset)
{
    public float[] Weights { get; } = weights;

    public float Bias { get; } = bias;

    /// <summary>ML.NET's Platt form: p = 1 / (1 + exp(slope * margin + offset)); slope is negative for a useful model.</summary>
    public double PlattSlope { get; } = plattSlope;

    public double PlattOffset { get; } = plattOffset;

    public float Margin(ReadOnlySpan<int> indices)
    {
        var sum = Bias;
        var weights = Weights;
        foreach (var index in indices)
        {
            sum += weights[index];
        }

        return sum;
    }

    public float Margin(ReadOnlySpan<int> indices, ReadOnlySpan<float> values)
    {
        var sum = Bias;
        var weights = Weights;
        for (var i = 0; i < indices.Length; i++)
        {
            sum += weights[indices[i]] * values[i];
        }

        return sum;
    }

    public double Probability(float margin) => 1.0 / (1.0 + Math.Exp((PlattSlope * margin) + PlattOffset));
}
