using System.Security.Cryptography;
using System.Text.Json;

namespace LlmSafety.Mlflow.Packaging;

/// <summary>
/// <c>checksums.json</c>: the sha256 of every file in a model folder (relative path → lowercase hex), so a loader can
/// refuse a folder that was truncated or tampered with on its way from the registry.
/// </summary>
public static class ModelChecksums
{
    public const string FileName = "checksums.json";

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    public static async Task<IReadOnlyDictionary<string, string>> ComputeAsync(string folder, CancellationToken cancellationToken = default)
    {
        var checksums = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            if (relative == FileName)
            {
                continue;
            }

            checksums[relative] = await HashFileAsync(file, cancellationToken);
        }

        return checksums;
    }

    public static async Task WriteAsync(string folder, CancellationToken cancellationToken = default)
    {
        var checksums = await ComputeAsync(folder, cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(folder, FileName), JsonSerializer.Serialize(checksums, JsonOptions), cancellationToken);
    }

    /// <summary>Checks every listed file and that no listed file is missing; names the first offending file (never its content).</summary>
    public static async Task<ChecksumVerification> VerifyAsync(string folder, CancellationToken cancellationToken = default)
    {
        var manifestPath = Path.Combine(folder, FileName);
        if (!File.Exists(manifestPath))
        {
            return ChecksumVerification.Failed($"{FileName} is missing");
        }

        Dictionary<string, string>? expected;
        try
        {
            expected = JsonSerializer.Deserialize<Dictionary<string, string>>(await File.ReadAllTextAsync(manifestPath, cancellationToken));
        }
        catch (JsonException)
        {
            return ChecksumVerification.Failed($"{FileName} is not valid JSON");
        }

        if (expected is null || expected.Count == 0)
        {
            return ChecksumVerification.Failed($"{FileName} lists no files");
        }

        foreach (var (relative, hash) in expected.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            var fullPath = Path.GetFullPath(Path.Combine(folder, relative));
            if (!fullPath.StartsWith(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                || !File.Exists(fullPath))
            {
                return ChecksumVerification.Failed($"{relative} is missing");
            }

            if (!string.Equals(await HashFileAsync(fullPath, cancellationToken), hash, StringComparison.OrdinalIgnoreCase))
            {
                return ChecksumVerification.Failed($"{relative} does not match its sha256");
            }
        }

        return ChecksumVerification.Passed;
    }

    private static async Task<string> HashFileAsync(string file, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(file);
        var hash = await SHA256.HashDataAsync(stream, cancellationToken);
        return Convert.ToHexStringLower(hash);
    }
}
