namespace LlmSafety.Web.Model;

/// <summary>A document-level calibrated score for one category and whether it crossed the policy threshold.</summary>
public sealed record CategoryScore(double Score, bool Flagged, double Threshold);
