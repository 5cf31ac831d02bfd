using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LlmSafety.Mlflow.StandIn;

/// <summary>
/// An in-process MLflow 3.11 tracking server on 127.0.0.1 (random port) for tests: the same paths, verbs, JSON shapes
/// and error codes as the transcript recorded from a real server, with in-memory state that tests can inspect.
/// Calls the transcript does not show follow the MLflow REST docs (service.proto / model_registry.proto); each such
/// endpoint says so where it is mapped.
/// </summary>
public sealed class MlflowStandIn : IAsyncDisposable
{
    internal const string BodyItemKey = "standin.body";

    private readonly WebApplication _app;

    private MlflowStandIn(WebApplication app, StandInState state, Uri baseAddress)
    {
        _app = app;
        State = state;
        BaseAddress = baseAddress;
    }

    public StandInState State { get; }

    /// <summary>The tracking URI, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    public static async Task<MlflowStandIn> StartAsync(MlflowStandInOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new MlflowStandInOptions();
        var state = new StandInState();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddRoutingCore();
        var app = builder.Build();

        app.Use((context, next) => GuardHostAsync(context, next, options));
        app.Use((context, next) => RecordAndTranslateErrorsAsync(context, next, state));
        app.MapGet("/health", () => Results.Text("OK"));
        TrackingEndpoints.Map(app, state);
        ArtifactEndpoints.Map(app, state);
        LoggedModelEndpoints.Map(app, state);
        RegistryEndpoints.Map(app, state);
        TraceEndpoints.Map(app, state);

        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new MlflowStandIn(app, state, new Uri(address.EndsWith('/') ? address : address + "/"));
    }

    public HttpClient CreateHttpClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>MLflow 3.5+ refuses a Host that is not localhost or a private address, except on /health.</summary>
    private static Task GuardHostAsync(HttpContext context, RequestDelegate next, MlflowStandInOptions options)
    {
        if (!options.RejectForeignHosts || context.Request.Path.StartsWithSegments("/health") || IsLocalHost(context.Request.Host.Host))
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync("Invalid Host header");
    }

    private static bool IsLocalHost(string host)
    {
        if (host is "localhost" || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!IPAddress.TryParse(host.Trim('[', ']'), out var address))
        {
            return false;
        }

        if (IPAddress.IsLoopback(address) || address.IsIPv6LinkLocal || address.IsIPv6UniqueLocal)
        {
            return true;
        }

        var bytes = address.MapToIPv4().GetAddressBytes();
        return address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork
            && (bytes[0] == 10 || (bytes[0] == 172 && bytes[1] is >= 16 and <= 31) || (bytes[0] == 192 && bytes[1] == 168));
    }

    private static async Task RecordAndTranslateErrorsAsync(HttpContext context, RequestDelegate next, StandInState state)
    {
        JsonNode? body = null;
        // Recorded when the answer starts, before the client can see it, so a test never races the log.
        context.Response.OnStarting(() =>
        {
            state.Requests.Enqueue(new RecordedRequest(context.Request.Method, PathAndQuery(context), body, context.Response.StatusCode));
            return Task.CompletedTask;
        });

        var isJson = context.Request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true;
        var isApi = context.Request.Path.StartsWithSegments("/api/2.0/mlflow");
        if (isApi && isJson && !HttpMethods.IsGet(context.Request.Method))
        {
            try
            {
                body = await JsonNode.ParseAsync(context.Request.Body);
            }
            catch (JsonException)
            {
                await StandInProtocol.ErrorResult(StandInErrorException.Invalid("Malformed JSON body.")).ExecuteAsync(context);
                return;
            }

            context.Items[BodyItemKey] = body;
        }

        try
        {
            await next(context);
        }
        catch (StandInErrorException error)
        {
            await StandInProtocol.ErrorResult(error).ExecuteAsync(context);
        }
    }

    private static string PathAndQuery(HttpContext context) => context.Request.Path + context.Request.QueryString;
}
