using LlmSafety.Judge;

namespace LlmSafety.Api.Infrastructure.Judging;

/// <summary>
/// Rebuilds the redacted text from a text and its entities. The cache stores entities but never text,
/// so a cached judgment is redacted again for each request.
/// </summary>
public interface IRedactor
{
    Redaction Redact(string text, IReadOnlyList<DetectedEntity> entities);
}
