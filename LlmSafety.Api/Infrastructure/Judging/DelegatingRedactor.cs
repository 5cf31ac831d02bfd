using LlmSafety.Judge;

namespace LlmSafety.Api.Infrastructure.Judging;

/// <summary>
/// Adapts a redaction function that only returns the redacted text (the judge library's <c>Redactor.Redact</c>)
/// to <see cref="IRedactor"/>. Each entity's placeholder is read back by redacting that entity alone and taking what
/// replaced its span, so the API reports exactly the words the function chose, in context.
/// </summary>
public sealed class DelegatingRedactor(Func<string, IReadOnlyList<DetectedEntity>, string> redact) : IRedactor
{
    public Redaction Redact(string text, IReadOnlyList<DetectedEntity> entities)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(entities);
        var redacted = redact(text, entities);
        var placeholders = new string[entities.Count];
        for (var index = 0; index < entities.Count; index++)
        {
            placeholders[index] = PlaceholderOf(text, entities[index]);
        }

        return new Redaction(redacted, placeholders);
    }

    private string PlaceholderOf(string text, DetectedEntity entity)
    {
        if (entity.Start < 0 || entity.End > text.Length || entity.Start >= entity.End)
        {
            return string.Empty;
        }

        var alone = redact(text, [entity]);
        var placeholderLength = alone.Length - entity.Start - (text.Length - entity.End);
        return placeholderLength < 0 ? string.Empty : alone.Substring(entity.Start, placeholderLength);
    }
}
