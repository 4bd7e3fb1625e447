using System.Security.Claims;
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
    /// policies. Every service validates tokens itself, not only the gateway, and all of them the
    /// same way: tokens signed with the configured key and, when an <see cref="JwtOptions.Authority"/>
    /// is configured, tokens of the county's OpenID Connect provider, whose issuer and keys JwtBearer
    /// reads from the provider's metadata and JWKS. In Development the development key is the
    /// default; elsewhere it is refused, so a token signed with it is rejected outside Development.
    /// </summary>
    public static void AddPlatformAuthentication(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(JwtOptions.SectionName).Get<JwtOptions>() ?? new JwtOptions();
        var signingKey = ResolveSigningKey(options, builder.Environment);
        var claimMappings = ClaimMappings.Resolve(options.ClaimMappings);

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(jwt =>
            {
                jwt.MapInboundClaims = false;
                // Null: no provider, the configured key alone. Set: JwtBearer adds the provider's
                // issuer and JWKS keys to the ones below at every validation.
                jwt.Authority = string.IsNullOrWhiteSpace(options.Authority) ? null : options.Authority;
                jwt.RequireHttpsMetadata = options.RequireHttpsMetadata;
                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = options.Issuer,
                    ValidAudience = options.Audience,
                    IssuerSigningKeys = signingKey is null ? [] : [DevelopmentTokens.CreateKey(signingKey)],
                    ValidateIssuer = true,
                    ValidateAudience = true,
                    ValidateLifetime = true,
                    ValidateIssuerSigningKey = true,
                    RequireSignedTokens = true,
                    ClockSkew = TimeSpan.FromSeconds(30),
                    NameClaimType = PlatformClaims.Subject,
                    RoleClaimType = PlatformClaims.Role,
                };
                jwt.Events = new JwtBearerEvents
                {
                    OnTokenValidated = context =>
                    {
                        if (context.Principal?.Identity is ClaimsIdentity identity)
                        {
                            ClaimMappings.Apply(identity, claimMappings);
                        }

                        return Task.CompletedTask;
                    },
                };
            });

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(PlatformPolicies.Admin, p => p.RequireRole(PlatformRoles.Admin))
            .AddPolicy(PlatformPolicies.CoordinatorOrAdmin, p => p.RequireRole(PlatformRoles.Coordinator, PlatformRoles.Admin))
            .AddPolicy(PlatformPolicies.Editor, p => p.RequireRole(PlatformRoles.Coordinator, PlatformRoles.Provider, PlatformRoles.Admin))
            .AddPolicy(PlatformPolicies.Volunteer, p => p.RequireRole(PlatformRoles.Volunteer).RequireClaim(PlatformClaims.Subject));
    }

    /// <summary>
    /// The symmetric key tokens may be signed with, or null when only the provider at
    /// <see cref="JwtOptions.Authority"/> signs them. Refuses to start with no way to validate a
    /// token, with a short key, or with the development key outside Development.
    /// </summary>
    public static string? ResolveSigningKey(JwtOptions options, IHostEnvironment environment)
    {
        if (environment.IsDevelopment())
        {
            return string.IsNullOrEmpty(options.SigningKey) ? DevelopmentTokens.SigningKey : options.SigningKey;
        }

        if (string.IsNullOrEmpty(options.SigningKey) && !string.IsNullOrWhiteSpace(options.Authority))
        {
            return null;
        }

        if (string.IsNullOrEmpty(options.SigningKey) || options.SigningKey.Length < 32)
        {
            throw new InvalidOperationException(
                $"{JwtOptions.SectionName}:SigningKey (at least 32 characters) or {JwtOptions.SectionName}:Authority must be configured outside Development.");
        }

        if (options.SigningKey == DevelopmentTokens.SigningKey)
        {
            throw new InvalidOperationException("The development signing key is not accepted outside Development.");
        }

        return options.SigningKey;
    }
}
