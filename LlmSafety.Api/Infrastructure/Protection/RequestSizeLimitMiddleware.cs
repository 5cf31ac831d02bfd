using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace LlmSafety.Api.Infrastructure.Protection;

/// <summary>
/// Rejects declared oversize bodies up front with 413 problem details, and caps undeclared (chunked) ones through
/// the server's body-size feature, whose overflow surfaces as a 413 <see cref="BadHttpRequestException"/>.
/// </summary>
public sealed class RequestSizeLimitMiddleware(RequestDelegate next, IOptions<RequestSizeOptions> options, IProblemDetailsService problemDetails)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var limit = options.Value.MaxBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await problemDetails.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status413PayloadTooLarge,
                    Title = "Request body too large",
                    Detail = $"The request body may be at most {limit} bytes.",
                },
            });
            return;
        }

        var sizeFeature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = limit;
        }

        await next(context);
    }
}
