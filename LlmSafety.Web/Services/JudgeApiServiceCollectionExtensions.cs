using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace LlmSafety.Web.Services;

public static class JudgeApiServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="JudgeApiClient"/> against the configured API address with its own resilience policy:
    /// an LLM may take a minute to write a story, and a POST that writes a story must not be silently repeated.
    /// </summary>
    public static IServiceCollection AddJudgeApiClient(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JudgeApiOptions>()
            .Bind(configuration.GetSection(JudgeApiOptions.SectionName))
            .Validate(options => options.BaseUrl.IsAbsoluteUri, "Api:BaseUrl must be an absolute URL such as https+http://api.")
            .ValidateOnStart();

        // Replacing the ServiceDefaults handler is the documented way to give one client its own policy.
#pragma warning disable EXTEXP0001
        services.AddHttpClient<JudgeApiClient>((provider, http) =>
            {
                var options = provider.GetRequiredService<IOptions<JudgeApiOptions>>().Value;
                var baseUrl = options.BaseUrl.ToString();
                http.BaseAddress = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
                // The resilience pipeline below owns the timeouts; HttpClient's own 100 s default would cut it short.
                http.Timeout = Timeout.InfiniteTimeSpan;
                if (!string.IsNullOrEmpty(options.ApiKey))
                {
                    http.DefaultRequestHeaders.Add(JudgeApiClient.ApiKeyHeader, options.ApiKey);
                }
            })
            .RemoveAllResilienceHandlers()
            .AddStandardResilienceHandler(resilience =>
            {
                resilience.Retry.DisableForUnsafeHttpMethods();
                resilience.Retry.MaxRetryAttempts = 2;
                resilience.AttemptTimeout.Timeout = TimeSpan.FromSeconds(90);
                resilience.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(200);
                resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(180);
            });
#pragma warning restore EXTEXP0001

        return services;
    }
}
