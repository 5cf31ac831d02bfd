namespace LlmSafety.Web.Model;

public sealed record JudgmentRequest(string Text, IReadOnlyList<string>? AllowedNames = null, PolicyOverride? Policy = null);
