namespace LlmSafety.Judge.Evaluation;

/// <summary>report.json: the dataset, each judge's evaluation (model first, then the keyword baseline) and the lift.</summary>
public sealed record EvaluationReport
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;
    public required DateTimeOffset CreatedUtc { get; init; }
    public required DatasetSummary Dataset { get; init; }
    public required IReadOnlyList<JudgeEvaluation> Judges { get; init; }

    /// <summary>Model minus baseline for the headline metrics (identity.f2, health.f2, span.overlap.f2).</summary>
    public required IReadOnlyDictionary<string, double> Lift { get; init; }

    /// <summary>The same numbers as a flat name → value map, as logged to MLflow.</summary>
    public required IReadOnlyDictionary<string, double> Metrics { get; init; }
}

public sealed record DatasetSummary(string Name, int Records, int IdentityPositives, int HealthPositives, int Spans, int HardNegatives)
{
    /// <summary>What the file's span offsets counted before they were brought to UTF-16: "utf16" or "codepoint".</summary>
    public string SpanOffsets { get; init; } = "utf16";
}
