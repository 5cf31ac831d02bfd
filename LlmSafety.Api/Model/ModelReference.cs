namespace LlmSafety.Api.Model;

/// <summary>The registered model and version that produced a judgment.</summary>
public sealed record ModelReference(string Name, string Version);
