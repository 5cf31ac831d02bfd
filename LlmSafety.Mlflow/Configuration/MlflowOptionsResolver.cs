using System.Data.Common;
using Microsoft.Extensions.Configuration;

namespace LlmSafety.Mlflow.Configuration;

/// <summary>
/// Reads <see cref="MlflowOptions"/> with the fallbacks in the order an operator expects: explicit <c>Mlflow:*</c>
/// settings, then the Aspire connection string (a bare URI or <c>Endpoint=…;Token=…</c>), then the environment
/// variables every MLflow client understands.
/// </summary>
public static class MlflowOptionsResolver
{
    public static MlflowOptions Resolve(IConfiguration configuration)
    {
        var options = new MlflowOptions();
        configuration.GetSection(MlflowOptions.SectionName).Bind(options);

        var (connectionEndpoint, connectionToken) = ParseConnectionString(configuration.GetConnectionString(MlflowOptions.ConnectionStringName));
        options.TrackingUri = FirstSet(options.TrackingUri, connectionEndpoint, configuration["MLFLOW_TRACKING_URI"]);
        options.Token = FirstSet(options.Token, connectionToken, configuration["MLFLOW_TRACKING_TOKEN"]);
        options.Username = FirstSet(options.Username, configuration["MLFLOW_TRACKING_USERNAME"]);
        options.Password = FirstSet(options.Password, configuration["MLFLOW_TRACKING_PASSWORD"]);

        Validate(options);
        return options;
    }

    /// <summary>Fails at startup, naming the setting but never echoing it (a URI can hold user:password).</summary>
    public static void Validate(MlflowOptions options)
    {
        if (options.IsConfigured
            && (!Uri.TryCreate(options.TrackingUri, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
        {
            throw new InvalidOperationException(
                "Mlflow:TrackingUri (or ConnectionStrings:mlflow / MLFLOW_TRACKING_URI) is not an absolute http:// or https:// URI.");
        }

        if (string.IsNullOrWhiteSpace(options.ExperimentName))
        {
            throw new InvalidOperationException("Mlflow:ExperimentName must not be empty.");
        }

        if (string.IsNullOrWhiteSpace(options.RegisteredModelName))
        {
            throw new InvalidOperationException("Mlflow:RegisteredModelName must not be empty.");
        }

        if (!string.IsNullOrEmpty(options.Username) != !string.IsNullOrEmpty(options.Password))
        {
            throw new InvalidOperationException("Mlflow:Username and Mlflow:Password must be set together.");
        }
    }

    internal static (string? Endpoint, string? Token) ParseConnectionString(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return (null, null);
        }

        if (!connectionString.Contains('=', StringComparison.Ordinal))
        {
            return (connectionString.Trim(), null);
        }

        var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
        return (ValueOf(builder, "Endpoint"), ValueOf(builder, "Token"));
    }

    private static string? ValueOf(DbConnectionStringBuilder builder, string key) =>
        builder.TryGetValue(key, out var value) ? value?.ToString() : null;

    private static string? FirstSet(params string?[] values) => values.FirstOrDefault(value => !string.IsNullOrWhiteSpace(value));
}
