namespace LlmSafety.Mlflow.Registry;

/// <summary>Which backend keeps runs and model versions; shown by the Api's model info and the MLOps dashboard.</summary>
public static class RegistrySource
{
    public const string Mlflow = "mlflow";
    public const string Local = "local";
}
