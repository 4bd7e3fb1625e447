using ServiceDefaults.Errors;
using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using ServiceDefaults.Authentication;

namespace Gateway.Security;

public static class GatewaySecurityExtensions
{
    public static void AddGatewaySecurity(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PartnerOptions>().BindConfiguration(PartnerOptions.SectionName);
        var limits = builder.Configuration.GetSection(RateLimitingOptions.SectionName).Get<RateLimitingOptions>() ?? new();
        builder.Services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, limits));
            options.OnRejected = OnRejectedAsync;
        });

        var origins = builder.Configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
        builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
            .WithOrigins(origins)
            .WithMethods("GET", "POST", "PUT", "DELETE")
            .WithHeaders("Authorization", "Content-Type", "If-Match", "Accept-Language", ApiKeyMiddleware.HeaderName)
            .WithExposedHeaders("ETag", "Location", "Retry-After")));
    }

    /// <summary>
    /// The gateway's request pipeline, in the order a request meets it: errors as problems and the
    /// security headers on every answer; the edge limits (body size and type); CORS; who is calling
    /// (a partner's key, a bearer token, validated once); how often they may; what they may do;
    /// then the endpoints (health, docs, development tokens, the proxied API).
    /// </summary>
    public static void UseGatewayPipeline(this WebApplication app)
    {
        app.UsePlatformProblemDetails();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<RequestShapeMiddleware>();
        app.UseCors();
        app.UseMiddleware<ApiKeyMiddleware>();
        app.UseAuthentication();
        app.UseMiddleware<InvalidTokenMiddleware>();
        app.UseRateLimiter();
        app.UseAuthorization();
    }

    // Partners by key, signed-in callers by subject, everyone else by client address.
    private static RateLimitPartition<string> Partition(HttpContext context, RateLimitingOptions limits)
    {
        if (context.Items[ApiKeyMiddleware.PartnerItem] is PartnerOptions.Partner partner)
        {
            return FixedWindow("partner:" + partner.Name, limits.ShareOf(partner.PermitsPerMinute));
        }

        if (context.User.Identity?.IsAuthenticated == true && context.User.Subject() is { } subject)
        {
            return FixedWindow("user:" + subject, limits.ShareOf(limits.AuthenticatedPermitsPerMinute));
        }

        return FixedWindow("client:" + context.Connection.RemoteIpAddress, limits.ShareOf(limits.AnonymousPermitsPerMinute));
    }

    private static RateLimitPartition<string> FixedWindow(string key, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });

    private static async ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 60;
        rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await GatewayProblems.WriteAsync(rejected.HttpContext, StatusCodes.Status429TooManyRequests,
            "Too many requests", $"The rate limit for this client is reached. Retry after {seconds} s.");
    }
}
