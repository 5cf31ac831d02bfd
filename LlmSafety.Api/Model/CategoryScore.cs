namespace LlmSafety.Api.Model;

/// <summary>Calibrated score of one category, the threshold it was compared with, and the resulting flag.</summary>
public sealed record CategoryScore(double Score, bool Flagged, double Threshold);
