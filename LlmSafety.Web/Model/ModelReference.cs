namespace LlmSafety.Web.Model;

/// <summary>The registered model name and version that produced a judgment.</summary>
public sealed record ModelReference(string Name, string Version);
