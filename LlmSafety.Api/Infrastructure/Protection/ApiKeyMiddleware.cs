using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace LlmSafety.Api.Infrastructure.Protection;

/// <summary>
/// Requires the configured key on the <c>/v1</c> API; health, OpenAPI and Scalar stay open.
/// Both sides are hashed first so the comparison is constant-time regardless of the presented key's length.
/// </summary>
public sealed class ApiKeyMiddleware(RequestDelegate next, IOptions<ApiKeyOptions> options, IProblemDetailsService problemDetails)
{
    private readonly byte[]? expectedHash = string.IsNullOrEmpty(options.Value.ApiKey) ? null : Hash(options.Value.ApiKey);

    public async Task InvokeAsync(HttpContext context)
    {
        if (expectedHash is null || !context.Request.Path.StartsWithSegments("/v1"))
        {
            await next(context);
            return;
        }

        var presented = context.Request.Headers[ApiKeyOptions.HeaderName].ToString();
        if (CryptographicOperations.FixedTimeEquals(Hash(presented), expectedHash))
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        await problemDetails.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "Missing or invalid API key",
                Detail = $"Send the API key in the {ApiKeyOptions.HeaderName} header.",
            },
        });
    }

    private static byte[] Hash(string value) => SHA256.HashData(Encoding.UTF8.GetBytes(value));
}
