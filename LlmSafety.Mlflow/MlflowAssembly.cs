namespace LlmSafety.Mlflow;

/// <summary>Placeholder until the MLflow client lands.</summary>
internal static class MlflowAssembly;
