using System.Security.Cryptography;
using System.Text;
using LlmSafety.Api.Infrastructure.Judging;
using LlmSafety.Judge;

namespace LlmSafety.Api.Infrastructure.Caching;

/// <summary>Cache keys hash everything they depend on, so the key reveals neither the text nor the allowed names.</summary>
public static class JudgmentCacheKey
{
    public const string Prefix = "judgment:v1:";

    public static string For(string modelVersion, JudgePolicy policy, string text)
    {
        ArgumentNullException.ThrowIfNull(modelVersion);
        ArgumentNullException.ThrowIfNull(text);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        AppendField(hash, modelVersion);
        AppendField(hash, JudgePolicyOverrides.Canonical(policy));
        AppendField(hash, text);
        return Prefix + Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    // Each field is length-prefixed so ("ab", "c") and ("a", "bc") never hash alike.
    private static void AppendField(IncrementalHash hash, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        hash.AppendData(BitConverter.GetBytes(bytes.Length));
        hash.AppendData(bytes);
    }
}
