namespace LlmSafety.Web.Model;

/// <summary>Per-request adjustments of the judge's policy; null members keep the model's own policy.</summary>
public sealed record PolicyOverride(double? IdentityThreshold = null, double? HealthThreshold = null, bool? AllowBareFirstNames = null);
