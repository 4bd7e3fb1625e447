using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace ServiceDefaults.Authentication;

public static class AuthenticationDefaults
{
    /// <summary>
    /// Bearer JWT validation (issuer, audience, lifetime, signing key) and the platform's
    /// policies. Every service validates tokens itself, not only the gateway. In Development the
    /// development key is the default; elsewhere a key must be configured, and the development
    /// key is refused, so a token signed with it is rejected outside Development.
    /// </summary>
    public static void AddPlatformAuthentication(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(JwtOptions.SectionName).Get<JwtOptions>() ?? new JwtOptions();
        var signingKey = ResolveSigningKey(options, builder.Environment);

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(jwt =>
            {
                jwt.MapInboundClaims = false;
                jwt.RequireHttpsMetadata = false;
                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = options.Issuer,
                    ValidAudience = options.Audience,
                    IssuerSigningKey = DevelopmentTokens.CreateKey(signingKey),
                    ValidateIssuer = true,
                    ValidateAudience = true,
                    ValidateLifetime = true,
                    ValidateIssuerSigningKey = true,
                    ClockSkew = TimeSpan.FromSeconds(30),
                    NameClaimType = PlatformClaims.Subject,
                    RoleClaimType = PlatformClaims.Role,
                };
            });

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(PlatformPolicies.Admin, p => p.RequireRole(PlatformRoles.Admin))
            .AddPolicy(PlatformPolicies.CoordinatorOrAdmin, p => p.RequireRole(PlatformRoles.Coordinator, PlatformRoles.Admin))
            .AddPolicy(PlatformPolicies.Editor, p => p.RequireRole(PlatformRoles.Coordinator, PlatformRoles.Provider, PlatformRoles.Admin))
            .AddPolicy(PlatformPolicies.Volunteer, p => p.RequireRole(PlatformRoles.Volunteer).RequireClaim(PlatformClaims.Subject));
    }

    public static string ResolveSigningKey(JwtOptions options, IHostEnvironment environment)
    {
        if (environment.IsDevelopment())
        {
            return string.IsNullOrEmpty(options.SigningKey) ? DevelopmentTokens.SigningKey : options.SigningKey;
        }

        if (string.IsNullOrEmpty(options.SigningKey) || options.SigningKey.Length < 32)
        {
            throw new InvalidOperationException(
                $"{JwtOptions.SectionName}:SigningKey must be configured (at least 32 characters) outside Development.");
        }

        if (options.SigningKey == DevelopmentTokens.SigningKey)
        {
            throw new InvalidOperationException("The development signing key is not accepted outside Development.");
        }

        return options.SigningKey;
    }
}
