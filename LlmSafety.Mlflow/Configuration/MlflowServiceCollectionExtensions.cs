using System.Net.Http.Headers;
using System.Text;
using LlmSafety.Mlflow.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

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

        services.AddHttpClient<MlflowClient>(client => ConfigureHttpClient(client, options));
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
