using System.Security.Cryptography;
using System.Text.Json;

namespace LlmSafety.Judge.Data;

/// <summary>A short content digest of labelled records (16 hex digits of SHA-256), logged with every dataset a run uses.</summary>
public static class LabelledNarrativeDigest
{
    public static string Of(IEnumerable<LabelledNarrative> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var record in records)
        {
            hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(record));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
