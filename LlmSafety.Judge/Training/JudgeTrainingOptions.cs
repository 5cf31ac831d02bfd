namespace LlmSafety.Judge.Training;

/// <summary>Hyperparameters of a judge training run; every one is logged with the run.</summary>
public sealed record JudgeTrainingOptions
{
    /// <summary>Share of plain lower-case tokens far from any entity kept as tagger negatives (the rest are easy).</summary>
    public double NegativeTokenSampleRate { get; init; } = 0.15;

    /// <summary>An entity type gets a tagger model only with at least this many labelled tokens in training.</summary>
    public int MinPositiveTokens { get; init; } = 5;

    public int TaggerIterations { get; init; } = 50;

    public int DocumentIterations { get; init; } = 100;

    /// <summary>L2 weight of the tagger's logistic loss (summed over tokens), against memorising template words.</summary>
    public float TaggerL2Regularization { get; init; } = 1f;

    public float DocumentL2Regularization { get; init; } = 1f;

    /// <summary>Thresholds are set on validation to reach at least these recalls, then to maximise F2.</summary>
    public double TargetIdentityRecall { get; init; } = 0.99;

    public double TargetHealthRecall { get; init; } = 0.98;

    public string ModelVersion { get; init; } = "dev";

    /// <summary>Entity-type models trained at once; each uses one thread so the result does not depend on this.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;
}
