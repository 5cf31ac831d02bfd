using Microsoft.Extensions.AI;
using Polly;

namespace LlmSafety.Api.Infrastructure.Llm;

/// <summary>A provider's chat client (already instrumented) with the resilience pipelines its calls go through.</summary>
/// <param name="Completions">Timeout, bounded retries and a circuit breaker for whole responses.</param>
/// <param name="Streams">Timeout and circuit breaker only: once deltas reach the caller a retry would repeat them.</param>
public sealed record LlmClient(string Provider, IChatClient Chat, ResiliencePipeline Completions, ResiliencePipeline Streams);
