namespace LlmSafety.Api.Model;

/// <summary>Where the serving model came from: the MLflow registry or a local model store folder.</summary>
public enum ModelSource
{
    Mlflow,
    Local,
}
