using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LlmSafety.Mlflow.Client.Contracts;

namespace LlmSafety.Mlflow.Client;

/// <summary>
/// Typed client for the MLflow 3 REST API (tracking, logged models, registry, artifact proxy), following the shapes
/// recorded from a real MLflow 3.11 server. Paths are relative so a tracking URI with a path prefix keeps working.
/// </summary>
public sealed partial class MlflowClient(HttpClient httpClient)
{
    private const string Api = "api/2.0/mlflow/";
    private const string ArtifactProxy = "api/2.0/mlflow-artifacts/artifacts";

    /// <summary>Bounds every paged loop so a misbehaving server can never spin a caller forever.</summary>
    private const int MaxPages = 10_000;

    public Uri? BaseAddress => httpClient.BaseAddress;

    private static string Query(params (string Name, string? Value)[] parameters) =>
        string.Join('&', parameters
            .Where(parameter => parameter.Value is not null)
            .Select(parameter => $"{parameter.Name}={Uri.EscapeDataString(parameter.Value!)}"));

    private async Task<TResponse> GetAsync<TResponse>(string relativeUri, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, relativeUri);
        return await SendForJsonAsync<TResponse>(request, cancellationToken);
    }

    private async Task<TResponse> SendJsonAsync<TRequest, TResponse>(
        HttpMethod method, string relativeUri, TRequest body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, relativeUri)
        {
            Content = JsonContent.Create(body, options: MlflowJson.Options),
        };
        return await SendForJsonAsync<TResponse>(request, cancellationToken);
    }

    internal async Task SendJsonAsync<TRequest>(HttpMethod method, string relativeUri, TRequest body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, relativeUri)
        {
            Content = JsonContent.Create(body, options: MlflowJson.Options),
        };
        using var response = await httpClient.SendAsync(request, cancellationToken);
        await EnsureSuccessAsync(request, response, cancellationToken);
    }

    private async Task<TResponse> SendForJsonAsync<TResponse>(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var response = await httpClient.SendAsync(request, cancellationToken);
        await EnsureSuccessAsync(request, response, cancellationToken);
        var result = await response.Content.ReadFromJsonAsync<TResponse>(MlflowJson.Options, cancellationToken);
        return result ?? throw new MlflowException(
            "EMPTY_RESPONSE", response.StatusCode, $"MLflow answered an empty body for {request.Method} {PathOf(request)}.");
    }

    private static async Task EnsureSuccessAsync(HttpRequestMessage request, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        MlflowErrorResponse? error = null;
        try
        {
            error = JsonSerializer.Deserialize<MlflowErrorResponse>(body, MlflowJson.Options);
        }
        catch (JsonException)
        {
            // Proxies and the framework's own 403/405 pages answer HTML or plain text; handled below.
        }

        var status = (int)response.StatusCode;
        var path = PathOf(request);
        if (error?.ErrorCode is { Length: > 0 } code)
        {
            throw new MlflowException(code, response.StatusCode, error.Message ?? code);
        }

        var reason = string.IsNullOrEmpty(response.ReasonPhrase) ? ((HttpStatusCode)status).ToString() : response.ReasonPhrase;
        var detail = status == (int)HttpStatusCode.Forbidden && body.Contains("Invalid Host header", StringComparison.OrdinalIgnoreCase)
            ? " (the server rejects this Host header; start MLflow with --allowed-hosts)"
            : string.Empty;
        throw new MlflowException($"HTTP_{status}", response.StatusCode, $"MLflow answered {status} {reason} for {request.Method} {path}{detail}.");
    }

    /// <summary>Only the path goes into messages: the base address could carry user info, and the query can carry names.</summary>
    private static string PathOf(HttpRequestMessage request) =>
        request.RequestUri is { IsAbsoluteUri: true } absolute ? absolute.AbsolutePath : request.RequestUri?.OriginalString.Split('?')[0] ?? string.Empty;

    private static async Task<List<T>> CollectPagesAsync<T>(
        Func<string?, Task<(IReadOnlyList<T>? Items, string? NextPageToken)>> fetchPage)
    {
        var items = new List<T>();
        string? pageToken = null;
        for (var page = 0; page < MaxPages; page++)
        {
            var (pageItems, nextPageToken) = await fetchPage(pageToken);
            if (pageItems is { Count: > 0 })
            {
                items.AddRange(pageItems);
            }

            // MLflow 3.4–3.11 answer an empty page with a token that never advances; stop on either sign.
            if (string.IsNullOrEmpty(nextPageToken) || nextPageToken == pageToken || pageItems is not { Count: > 0 })
            {
                break;
            }

            pageToken = nextPageToken;
        }

        return items;
    }
}
