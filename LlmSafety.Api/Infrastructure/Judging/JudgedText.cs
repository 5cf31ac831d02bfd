using LlmSafety.Api.Infrastructure.Caching;

namespace LlmSafety.Api.Infrastructure.Judging;

/// <summary>A judgment of one request's text together with that text's redaction and the model that judged it.</summary>
public sealed record JudgedText(CachedJudgment Judgment, Redaction Redaction, ModelDescriptor Model, bool Cached, double DurationMs);
