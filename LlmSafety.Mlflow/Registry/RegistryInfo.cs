namespace LlmSafety.Mlflow.Registry;

/// <summary>What <c>AddModelRegistry</c> picked: the source, the registered model name and where it lives (URI or folder).</summary>
public sealed record RegistryInfo(string Source, string ModelName, string ExperimentName, string Location);
