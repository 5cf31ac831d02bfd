using LlmSafety.Judge.Policy;

namespace LlmSafety.Judge.Model;

/// <summary>policy.json inside the model artifact: the model's default policy and the limits on per-request overrides.</summary>
public sealed record PolicyDocument(JudgePolicy Policy, PolicyLimits Limits);
