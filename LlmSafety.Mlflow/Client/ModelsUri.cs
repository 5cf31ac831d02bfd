namespace LlmSafety.Mlflow.Client;

/// <summary><c>models:/&lt;model_id&gt;</c>, the source MLflow 3 uses for a version registered from a logged model.</summary>
public static class ModelsUri
{
    public const string Prefix = "models:/";

    public static string For(string modelId) => Prefix + modelId;

    /// <summary>True for <c>models:/m-…</c> logged-model ids; registry references (<c>models:/name@alias</c>, <c>models:/name/3</c>) are not ids.</summary>
    public static bool TryParse(string uri, out string modelId)
    {
        modelId = string.Empty;
        if (!uri.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = uri[Prefix.Length..].Trim('/');
        if (!rest.StartsWith("m-", StringComparison.Ordinal) || rest.Contains('/', StringComparison.Ordinal) || rest.Contains('@', StringComparison.Ordinal))
        {
            return false;
        }

        modelId = rest;
        return true;
    }
}
