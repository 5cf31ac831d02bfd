namespace LlmSafety.Mlflow.Client;

/// <summary><c>runs:/&lt;run_id&gt;/&lt;path&gt;</c>, resolved against the run's <c>artifact_uri</c>.</summary>
public static class RunsUri
{
    public const string Prefix = "runs:/";

    public static string For(string runId, string path) => $"{Prefix}{runId}/{path.Trim('/')}";

    public static bool TryParse(string uri, out string runId, out string path)
    {
        runId = string.Empty;
        path = string.Empty;
        if (!uri.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = uri[Prefix.Length..].Trim('/');
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        runId = slash < 0 ? rest : rest[..slash];
        path = slash < 0 ? string.Empty : rest[(slash + 1)..];
        return runId.Length > 0;
    }
}
