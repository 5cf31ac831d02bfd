using System.Text;
using LlmSafety.Api.Infrastructure.Judging;
using LlmSafety.Judge;

namespace LlmSafety.Api.Tests.Doubles;

/// <summary>Replaces each entity span with a fixed placeholder per type; stands in for the judge library's redactor.</summary>
public sealed class TestRedactor : IRedactor
{
    public Redaction Redact(string text, IReadOnlyList<DetectedEntity> entities)
    {
        var builder = new StringBuilder(text.Length);
        var placeholders = new List<string>(entities.Count);
        var position = 0;
        foreach (var entity in entities)
        {
            var placeholder = entity.Type switch
            {
                EntityType.PersonName => "a friend",
                EntityType.Phone => "[phone]",
                EntityType.Diagnosis => "a condition",
                EntityType.Medication => "a medicine",
                _ => "[redacted]",
            };
            placeholders.Add(placeholder);
            if (entity.Start < position)
            {
                continue;
            }

            builder.Append(text, position, entity.Start - position).Append(placeholder);
            position = entity.End;
        }

        builder.Append(text, position, text.Length - position);
        return new Redaction(builder.ToString(), placeholders);
    }
}
