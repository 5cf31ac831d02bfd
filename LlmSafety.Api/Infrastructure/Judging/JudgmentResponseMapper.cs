using LlmSafety.Api.Model;
using LlmSafety.Judge;

namespace LlmSafety.Api.Infrastructure.Judging;

public static class JudgmentResponseMapper
{
    public static JudgmentResponse ToResponse(this JudgedText judged)
    {
        ArgumentNullException.ThrowIfNull(judged);
        var placeholders = judged.Redaction.Placeholders;
        return new JudgmentResponse
        {
            Verdict = judged.Judgment.Verdict,
            Identity = Score(judged.Judgment.Identity),
            Health = Score(judged.Judgment.Health),
            Entities = [.. judged.Judgment.Entities.Select((entity, index) => new EntityResponse(
                EntityTypeNames.Of(entity.Type),
                entity.Category,
                entity.Start,
                entity.End,
                entity.Score,
                entity.Severity,
                entity.Source,
                index < placeholders.Count ? placeholders[index] : string.Empty))],
            RedactedText = judged.Redaction.Text,
            Reasons = judged.Judgment.Reasons,
            Model = judged.Model.ToReference(),
            Cached = judged.Cached,
            DurationMs = Math.Round(judged.DurationMs, 3),
        };
    }

    public static ModelReference ToReference(this ModelDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        return new ModelReference(descriptor.Name, descriptor.Version);
    }

    private static CategoryScore Score(CategoryResult result) => new(result.Score, result.Flagged, result.Threshold);
}
