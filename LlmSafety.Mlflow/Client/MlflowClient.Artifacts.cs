using System.Net.Http.Headers;
using LlmSafety.Mlflow.Client.Contracts;

namespace LlmSafety.Mlflow.Client;

public sealed partial class MlflowClient
{
    private const int MaxListingDepth = 32;

    private static string ProxyUri(string proxyPath) => $"{ArtifactProxy}/{MlflowArtifactPath.EscapeSegments(proxyPath)}";

    /// <summary>Uploads one file to <paramref name="artifactUri"/>/<paramref name="relativePath"/> through the artifact proxy.</summary>
    public async Task UploadFileAsync(string artifactUri, string localFile, string relativePath, CancellationToken cancellationToken = default)
    {
        var proxyPath = MlflowArtifactPath.Combine(MlflowArtifactPath.ToProxyPath(artifactUri), relativePath);
        await using var file = new FileStream(localFile, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        using var request = new HttpRequestMessage(HttpMethod.Put, ProxyUri(proxyPath))
        {
            // Seekable stream content rewinds, so a retry from the resilience pipeline resends the whole file.
            Content = new StreamContent(file),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var response = await httpClient.SendAsync(request, cancellationToken);
        await EnsureSuccessAsync(request, response, cancellationToken);
    }

    /// <summary>Uploads every file under <paramref name="localFolder"/>, keeping the relative layout under <paramref name="relativePath"/>.</summary>
    public async Task UploadFolderAsync(string artifactUri, string localFolder, string? relativePath = null, CancellationToken cancellationToken = default)
    {
        foreach (var file in Directory.EnumerateFiles(localFolder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var inside = Path.GetRelativePath(localFolder, file).Replace('\\', '/');
            await UploadFileAsync(artifactUri, file, MlflowArtifactPath.Combine(relativePath ?? string.Empty, inside), cancellationToken);
        }
    }

    public async Task DownloadFileAsync(string artifactUri, string relativePath, string localFile, CancellationToken cancellationToken = default)
    {
        var proxyPath = MlflowArtifactPath.Combine(MlflowArtifactPath.ToProxyPath(artifactUri), relativePath);
        using var request = new HttpRequestMessage(HttpMethod.Get, ProxyUri(proxyPath));
        using var response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        await EnsureSuccessAsync(request, response, cancellationToken);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(localFile))!);
        await using var target = new FileStream(localFile, FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        await response.Content.CopyToAsync(target, cancellationToken);
    }

    /// <summary><c>GET mlflow/artifacts/list</c>: paths come back relative to the run's artifact root.</summary>
    public Task<MlflowArtifactListing> ListRunArtifactsAsync(string runId, string? path = null, CancellationToken cancellationToken = default) =>
        GetAsync<MlflowArtifactListing>($"{Api}artifacts/list?{Query(("run_id", runId), ("path", NullIfEmpty(path)))}", cancellationToken);

    public Task<MlflowArtifactListing> ListLoggedModelArtifactsAsync(string modelId, string? path = null, CancellationToken cancellationToken = default) =>
        GetAsync<MlflowArtifactListing>(
            $"{Api}logged-models/{Uri.EscapeDataString(modelId)}/artifacts/directories?{Query(("artifact_directory_path", path ?? string.Empty))}",
            cancellationToken);

    /// <summary>The proxy's own listing: entries are bare names inside <paramref name="proxyPath"/>.</summary>
    public Task<MlflowArtifactListing> ListProxyArtifactsAsync(string proxyPath, CancellationToken cancellationToken = default) =>
        GetAsync<MlflowArtifactListing>($"{ArtifactProxy}?{Query(("path", proxyPath))}", cancellationToken);

    /// <summary>
    /// Downloads everything under an artifact URI into <paramref name="targetDirectory"/>: <c>models:/&lt;model_id&gt;</c>
    /// (logged model), <c>runs:/&lt;run_id&gt;/&lt;path&gt;</c> (run artifacts) or <c>mlflow-artifacts:/&lt;path&gt;</c>.
    /// Returns the number of files written.
    /// </summary>
    public async Task<int> DownloadArtifactsAsync(string artifactUri, string targetDirectory, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(targetDirectory);
        if (ModelsUri.TryParse(artifactUri, out var modelId))
        {
            var model = await GetLoggedModelAsync(modelId, cancellationToken);
            return await DownloadTreeAsync(
                model.Info.ArtifactUri,
                string.Empty,
                targetDirectory,
                (directory, token) => ListLoggedModelArtifactsAsync(modelId, directory, token),
                cancellationToken);
        }

        if (RunsUri.TryParse(artifactUri, out var runId, out var runPath))
        {
            var run = await GetRunAsync(runId, cancellationToken);
            return await DownloadTreeAsync(
                run.Info.ArtifactUri,
                runPath,
                targetDirectory,
                (directory, token) => ListRunArtifactsAsync(runId, directory, token),
                cancellationToken);
        }

        var rootPath = MlflowArtifactPath.ToProxyPath(artifactUri);
        return await DownloadTreeAsync(
            artifactUri,
            string.Empty,
            targetDirectory,
            (directory, token) => ListProxyArtifactsAsync(MlflowArtifactPath.Combine(rootPath, directory), token),
            cancellationToken);
    }

    private async Task<int> DownloadTreeAsync(
        string rootUri,
        string startDirectory,
        string targetDirectory,
        Func<string, CancellationToken, Task<MlflowArtifactListing>> list,
        CancellationToken cancellationToken)
    {
        var written = 0;
        var pending = new Stack<(string Directory, int Depth)>();
        pending.Push((startDirectory.Trim('/'), 0));
        while (pending.TryPop(out var current))
        {
            if (current.Depth > MaxListingDepth)
            {
                throw new InvalidOperationException($"Artifact folders nest deeper than {MaxListingDepth} levels.");
            }

            var listing = await list(current.Directory, cancellationToken);
            foreach (var entry in listing.Files ?? [])
            {
                // Run and logged-model listings repeat the directory prefix, the proxy listing does not; the last
                // segment is the same in both.
                var name = entry.Path.TrimEnd('/').Split('/')[^1];
                if (name is "" or "." or "..")
                {
                    continue;
                }

                var relative = MlflowArtifactPath.Combine(current.Directory, name);
                if (entry.IsDir)
                {
                    pending.Push((relative, current.Depth + 1));
                    continue;
                }

                var insideStart = startDirectory.Trim('/').Length == 0 ? relative : relative[(startDirectory.Trim('/').Length + 1)..];
                await DownloadFileAsync(rootUri, relative, Path.Combine(targetDirectory, insideStart), cancellationToken);
                written++;
            }
        }

        return written;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
