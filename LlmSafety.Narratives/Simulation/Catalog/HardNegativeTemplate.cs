namespace LlmSafety.Narratives.Simulation.Catalog;

/// <summary>One hard-negative sentence template, e.g. <c>hn-sense-01</c> "{I} took a basketball shot and it went in!".</summary>
public sealed record HardNegativeTemplate(string Id, string Template);
