using System.Net.Http.Headers;
using System.Text;
using LlmSafety.Mlflow.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace LlmSafety.Mlflow.Configuration;

public static class MlflowServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="MlflowClient"/> as a typed client from IHttpClientFactory (so ServiceDefaults' standard
    /// resilience applies) plus the resolved <see cref="MlflowOptions"/>. Throws at startup for an invalid URI.
    /// </summary>
    public static IServiceCollection AddMlflowClient(this IServiceCollection services, IConfiguration configuration)
    {
        var options = MlflowOptionsResolver.Resolve(configuration);
        services.AddSingleton(options);
        if (!options.IsConfigured)
        {
            return services;
        }

        // ServiceDefaults gives every client the standard resilience handler. MLflow creates (runs, logged models,
        // versions) are not idempotent, so a retried POST could register a second version: this client replaces it
        // with one that retries reads only. Model zips and plots go up in one request each, so attempts get minutes.
#pragma warning disable EXTEXP0001 // RemoveAllResilienceHandlers is the supported way to override ConfigureHttpClientDefaults.
        services.AddHttpClient<MlflowClient>(client => ConfigureHttpClient(client, options))
            .RemoveAllResilienceHandlers()
#pragma warning restore EXTEXP0001
            .AddStandardResilienceHandler(resilience =>
            {
                resilience.Retry.DisableForUnsafeHttpMethods();
                resilience.AttemptTimeout.Timeout = TimeSpan.FromMinutes(2);
                resilience.TotalRequestTimeout.Timeout = TimeSpan.FromMinutes(5);
                resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromMinutes(4);
            });
        return services;
    }

    public static void ConfigureHttpClient(HttpClient client, MlflowOptions options)
    {
        var trackingUri = options.TrackingUri!;
        client.BaseAddress = new Uri(trackingUri.EndsWith('/') ? trackingUri : trackingUri + "/");
        if (!string.IsNullOrEmpty(options.Token))
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", options.Token);
        }
        else if (!string.IsNullOrEmpty(options.Username))
        {
            var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.Username}:{options.Password}"));
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", credentials);
        }
    }
}
