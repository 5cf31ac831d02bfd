namespace LlmSafety.Mlflow.Client;

/// <summary>
/// Maps <c>mlflow-artifacts:/&lt;path&gt;</c> URIs (what a server started with <c>--serve-artifacts</c> hands out) to
/// the path under <c>/api/2.0/mlflow-artifacts/artifacts/</c> that the proxy reads and writes.
/// </summary>
public static class MlflowArtifactPath
{
    public const string Scheme = "mlflow-artifacts:";

    public static bool IsProxied(string artifactUri) =>
        artifactUri.StartsWith(Scheme, StringComparison.Ordinal);

    /// <summary>
    /// The proxy path of a URI: <c>mlflow-artifacts:/1/abc/artifacts</c> → <c>1/abc/artifacts</c>. Also accepts the
    /// authority form <c>mlflow-artifacts://host:port/1/abc</c> that a server configured with a default root gives.
    /// </summary>
    public static string ToProxyPath(string artifactUri)
    {
        if (!IsProxied(artifactUri))
        {
            throw new NotSupportedException(
                "Only mlflow-artifacts:/ artifact URIs are supported; start the MLflow server with --serve-artifacts.");
        }

        var rest = artifactUri[Scheme.Length..];
        if (rest.StartsWith("//", StringComparison.Ordinal))
        {
            var slash = rest.IndexOf('/', 2);
            rest = slash < 0 ? string.Empty : rest[slash..];
        }

        return rest.Trim('/');
    }

    public static string Combine(string basePath, string? relativePath)
    {
        var left = basePath.Trim('/');
        var right = (relativePath ?? string.Empty).Replace('\\', '/').Trim('/');
        if (left.Length == 0)
        {
            return right;
        }

        return right.Length == 0 ? left : $"{left}/{right}";
    }

    /// <summary>Escapes each segment so names with spaces survive, while keeping the slashes MLflow routes on.</summary>
    public static string EscapeSegments(string path) =>
        string.Join('/', path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.EscapeDataString));
}
