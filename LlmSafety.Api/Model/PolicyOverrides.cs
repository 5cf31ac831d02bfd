namespace LlmSafety.Api.Model;

/// <summary>Per-request changes to the model's saved policy; anything left out keeps the model's value.</summary>
public sealed record PolicyOverrides
{
    /// <summary>Score in [0, 1] above which identity is flagged.</summary>
    public double? IdentityThreshold { get; init; }

    /// <summary>Score in [0, 1] above which health is flagged.</summary>
    public double? HealthThreshold { get; init; }

    public bool? AllowBareFirstNames { get; init; }
}
