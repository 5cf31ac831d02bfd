using LlmSafety.Judge;

namespace LlmSafety.Api.Infrastructure.Judging;

/// <summary>A judge model ready to serve: the judge, the redactor that goes with it, and what it is.</summary>
public sealed record LoadedJudge(IJudge Judge, IRedactor Redactor, ModelDescriptor Descriptor);
