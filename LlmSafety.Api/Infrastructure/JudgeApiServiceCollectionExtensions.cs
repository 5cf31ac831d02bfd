using System.Text.Json;
using System.Text.Json.Serialization;
using LlmSafety.Api.Infrastructure.Caching;
using LlmSafety.Api.Infrastructure.Judging;
using LlmSafety.Api.Infrastructure.Llm;
using LlmSafety.Api.Infrastructure.Narratives;
using LlmSafety.Api.Infrastructure.Protection;
using LlmSafety.Api.Infrastructure.Statistics;
using LlmSafety.Api.Infrastructure.Telemetry;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LlmSafety.Api.Infrastructure;

public static class JudgeApiServiceCollectionExtensions
{
    public const string CorsPolicyName = "web";

    /// <summary>Everything the judge API needs. The judge model itself arrives later through <see cref="IJudgeHolder.Swap"/>.</summary>
    public static IHostApplicationBuilder AddJudgeApi(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.AddProblemDetails();
        services.AddExceptionHandler<ApiExceptionHandler>();
        // Malformed bodies must become problem details in every environment, not a bare 400.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false)));
        services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "LlmSafety judge API";
            document.Info.Description =
                "Judges LLM-written social narratives for identity and health disclosures, and writes stories that are judged before they are returned. " +
                "Errors are RFC 9457 problem details; when Api:ApiKey is set, /v1 requires the X-Api-Key header.";
            return Task.CompletedTask;
        }));

        services.Configure<RequestSizeOptions>(configuration.GetSection(RequestSizeOptions.Section));
        services.Configure<KestrelServerOptions>(kestrel =>
            kestrel.Limits.MaxRequestBodySize = configuration.GetSection(RequestSizeOptions.Section).Get<RequestSizeOptions>()?.MaxBodyBytes
                ?? new RequestSizeOptions().MaxBodyBytes);
        services.Configure<ApiKeyOptions>(configuration.GetSection(ApiKeyOptions.Section));
        services.AddClientRateLimiting(configuration);
        services.AddCors(cors => cors.AddPolicy(CorsPolicyName, policy => policy
            .WithOrigins(configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [])
            .WithMethods(HttpMethods.Get, HttpMethods.Post)
            .WithHeaders("Content-Type", ApiKeyOptions.HeaderName)));

        builder.AddJudgmentCache();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IJudgeHolder, JudgeHolder>();
        services.AddSingleton<IModelCatalog, LoadedModelCatalog>();
        services.AddSingleton<ApiTelemetry>();
        services.AddSingleton<JudgmentStatistics>();
        services.AddSingleton<JudgmentService>();
        services.AddHealthChecks().AddCheck<JudgeModelHealthCheck>("judge-model");

        services.Configure<LlmOptions>(configuration.GetSection(LlmOptions.Section));
        services.Configure<NarrativeOptions>(configuration.GetSection(NarrativeOptions.Section));
        services.AddSingleton<IChatClientFactory, ChatClientFactory>();
        services.AddSingleton<LlmCalls>();
        services.AddSingleton<NarrativeWriter>();
        services.AddSingleton<NarrativeStreamer>();
        return builder;
    }

    /// <summary>The request pipeline in front of the endpoints: errors, CORS, API key, rate limit, body size.</summary>
    public static WebApplication UseJudgeApiProtection(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseCors(CorsPolicyName);
        app.UseMiddleware<ApiKeyMiddleware>();
        app.UseRateLimiter();
        app.UseMiddleware<RequestSizeLimitMiddleware>();
        return app;
    }
}
