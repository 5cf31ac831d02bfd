using System.ClientModel;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace LlmSafety.Api.Infrastructure.Llm;

public static class LlmResiliencePipelines
{
    public static ResiliencePipeline ForCompletions(LlmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = new ResiliencePipelineBuilder();
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                Delay = TimeSpan.FromMilliseconds(200),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = TransientFailures(),
            });
        }

        return builder
            .AddCircuitBreaker(CircuitBreaker(options))
            .AddTimeout(options.Timeout)
            .Build();
    }

    public static ResiliencePipeline ForStreams(LlmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new ResiliencePipelineBuilder()
            .AddCircuitBreaker(CircuitBreaker(options))
            .AddTimeout(options.Timeout)
            .Build();
    }

    private static CircuitBreakerStrategyOptions CircuitBreaker(LlmOptions options) => new()
    {
        FailureRatio = 0.5,
        MinimumThroughput = 4,
        SamplingDuration = TimeSpan.FromSeconds(30),
        BreakDuration = options.BreakDuration,
        ShouldHandle = TransientFailures(),
    };

    private static PredicateBuilder<object> TransientFailures() => new PredicateBuilder()
        .Handle<HttpRequestException>()
        .Handle<TimeoutRejectedException>()
        .Handle<LlmGarbageResponseException>()
        .Handle<ClientResultException>(exception => exception.Status is 0 or 408 or 429 or >= 500);
}
