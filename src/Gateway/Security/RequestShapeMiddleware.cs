using Microsoft.AspNetCore.Http.Features;

namespace Gateway.Security;

/// <summary>
/// Rejects oversized and wrongly typed request bodies at the edge: over 256 KB is 413, a body
/// that is not JSON is 415 (every write endpoint of api.md takes JSON).
/// </summary>
internal sealed class RequestShapeMiddleware(RequestDelegate next)
{
    public const long MaxBodyBytes = 256 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            // Also caps chunked bodies that announce no length.
            limit.MaxRequestBodySize = MaxBodyBytes;
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            await GatewayProblems.WriteAsync(context, StatusCodes.Status413PayloadTooLarge,
                "Request body too large", $"Request bodies may be at most {MaxBodyBytes / 1024} KB.");
            return;
        }

        var hasBody = request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0;
        if (hasBody && request.Path.StartsWithSegments("/api") && !IsJson(request.ContentType))
        {
            await GatewayProblems.WriteAsync(context, StatusCodes.Status415UnsupportedMediaType,
                "Unsupported content type", "Request bodies must be application/json.");
            return;
        }

        if (hasBody && request.ContentLength is null && !await FitsWhenBufferedAsync(context))
        {
            await GatewayProblems.WriteAsync(context, StatusCodes.Status413PayloadTooLarge,
                "Request body too large", $"Request bodies may be at most {MaxBodyBytes / 1024} KB.");
            return;
        }

        await next(context);
    }

    /// <summary>
    /// A chunked body announces no length. Reading it here (at most 256 KB, held in memory, then
    /// rewound for the proxy) turns an oversized one into a 413 at the edge; left to the proxy, the
    /// limit would fire mid-forwarding, where a broken upload can look like a failing service.
    /// </summary>
    private static async Task<bool> FitsWhenBufferedAsync(HttpContext context)
    {
        context.Request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: MaxBodyBytes);
        try
        {
            await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return false;
        }
        catch (IOException)
        {
            // FileBufferingReadStream's own limit: more than bufferLimit bytes.
            return false;
        }

        context.Request.Body.Position = 0;
        return true;
    }

    private static bool IsJson(string? contentType) =>
        contentType is not null
        && (contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
            || contentType.Contains("+json", StringComparison.OrdinalIgnoreCase));
}
