namespace LlmSafety.Judge.Model;

/// <summary>metadata.json inside the model artifact: version, feature configuration and calibration.</summary>
public sealed record JudgeModelMetadata
{
    public const int CurrentFormatVersion = 1;

    /// <summary>Bumped whenever token or document features change meaning; a model is only loaded by matching code.</summary>
    public const int CurrentFeatureSetVersion = 8;

    public int FormatVersion { get; init; } = CurrentFormatVersion;

    public int FeatureSetVersion { get; init; } = CurrentFeatureSetVersion;

    public required string ModelVersion { get; init; }

    public required DateTimeOffset CreatedUtc { get; init; }

    public int TokenFeatureBits { get; init; }

    public int DocumentFeatureBits { get; init; }

    /// <summary>Entity types the tagger has a model for, as labels (PERSON_NAME, …), in scorer order.</summary>
    public required IReadOnlyList<string> TaggerTypes { get; init; }

    public required IReadOnlyList<double> TaggerThresholds { get; init; }

    /// <summary>The probability at which a multi-word name candidate becomes a PERSON_NAME (names.zip).</summary>
    public double NameThreshold { get; init; } = 0.5;

    /// <summary>The probability at which a health-list word the tagger left alone becomes an entity (health-words.zip).</summary>
    public double HealthWordThreshold { get; init; } = 0.5;

    /// <summary>The probability at which a sentence with no health entity becomes a DIAGNOSIS (health-sentences.zip).</summary>
    public double HealthSentenceThreshold { get; init; } = 0.5;

    public required PlattParameters IdentityCalibration { get; init; }

    public required PlattParameters HealthCalibration { get; init; }

    public int Seed { get; init; }

    /// <summary>The year the model was trained in: full dates without a birth cue count only before it.</summary>
    public int ReferenceYear { get; init; }

    public IReadOnlyDictionary<string, double> TrainingFacts { get; init; } = new Dictionary<string, double>();
}

public sealed record PlattParameters(double Slope, double Offset);
