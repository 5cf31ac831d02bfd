namespace LlmSafety.Api.Infrastructure.Judging;

/// <summary>The redacted text and, for each entity in order, the placeholder that replaced it.</summary>
public sealed record Redaction(string Text, IReadOnlyList<string> Placeholders);
