using LlmSafety.Judge.Scoring;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace LlmSafety.Judge.Model;

/// <summary>
/// Lifts weights, bias and Platt parameters out of a trained or loaded ML.NET binary linear model. Loaded models
/// come back with ML.NET's internal parameter-mixing wrapper types, so the sub-model and calibrator are read by name.
/// </summary>
internal static class MlNetLinearExtractor
{
    public static LinearScorer Extract(ITransformer transformer, int featureCount)
    {
        var predictor = FindPredictionTransformer(transformer)
            ?? throw new InvalidDataException("The ML.NET model holds no binary prediction transformer.");
        var model = Read<object>(predictor, "Model")
            ?? throw new InvalidDataException("The ML.NET prediction transformer has no model parameters.");

        LinearBinaryModelParameters linear;
        double slope = -1, offset = 0;
        if (model is LinearBinaryModelParameters plain)
        {
            linear = plain;
        }
        else
        {
            linear = Read<LinearBinaryModelParameters>(model, "SubModel")
                ?? throw new InvalidDataException($"Unsupported ML.NET model parameters {model.GetType().Name}.");
            var calibrator = Read<PlattCalibrator>(model, "Calibrator")
                ?? throw new InvalidDataException("The ML.NET model is calibrated with something other than Platt.");
            slope = calibrator.Slope;
            offset = calibrator.Offset;
        }

        var weights = new float[featureCount];
        var source = linear.Weights;
        if (source.Count != featureCount)
        {
            throw new InvalidDataException($"The ML.NET model has {source.Count} weights; the features have {featureCount}.");
        }

        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = source[i];
        }

        return new LinearScorer(weights, linear.Bias, slope, offset);
    }

    /// <summary>ML.NET's wrappers re-declare SubModel/Calibrator with narrower types, so a name can match twice.</summary>
    private static T? Read<T>(object owner, string name)
        where T : class
    {
        foreach (var property in owner.GetType().GetProperties())
        {
            if (property.Name == name && property.GetIndexParameters().Length == 0 && property.GetValue(owner) is T value)
            {
                return value;
            }
        }

        return null;
    }

    private static object? FindPredictionTransformer(ITransformer transformer)
    {
        if (transformer is TransformerChain<ITransformer> chain)
        {
            return chain.LastOrDefault(t => t.GetType().Name.StartsWith("BinaryPredictionTransformer", StringComparison.Ordinal));
        }

        return transformer.GetType().Name.StartsWith("BinaryPredictionTransformer", StringComparison.Ordinal) ? transformer : null;
    }
}
