using System.Text.Json.Serialization;

namespace LlmSafety.Judge.Data;

/// <summary>
/// One labelled text, as the simulator writes it and as <c>evaluate</c> reads it (one JSON object per JSONL line).
/// Only <see cref="Text"/> and the two labels are required; everything else is optional metadata.
/// </summary>
public sealed record LabelledNarrative
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("text")]
    public required string Text { get; init; }

    [JsonPropertyName("label_identity")]
    public required int LabelIdentity { get; init; }

    [JsonPropertyName("label_health")]
    public required int LabelHealth { get; init; }

    [JsonPropertyName("spans")]
    public IReadOnlyList<LabelledSpan>? Spans { get; init; }

    /// <summary>Scenario family ("dentist", "fire-drill", …): the unit of the train/validation/test split.</summary>
    [JsonPropertyName("family")]
    public string? Family { get; init; }

    [JsonPropertyName("voice")]
    public string? Voice { get; init; }

    /// <summary>Ids of the disclosure and hard-negative templates used; also split on.</summary>
    [JsonPropertyName("templates")]
    public IReadOnlyList<string>? Templates { get; init; }

    /// <summary>Hard-negative family this record exercises ("medical-word-other-sense", …), or null.</summary>
    [JsonPropertyName("hard_negative")]
    public string? HardNegative { get; init; }

    [JsonPropertyName("split")]
    public string? Split { get; init; }
}

/// <summary>[Start, End) character offsets into <see cref="LabelledNarrative.Text"/>; Type is e.g. "PERSON_NAME".</summary>
public sealed record LabelledSpan(
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("type")] string Type);
