using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;
using SummitCoordination.BuildingBlocks.Http;

namespace SummitCoordination.BuildingBlocks.Identity;

public static class AuthExtensions
{
    /// <summary>
    /// Bearer tokens from the configured issuer (see <see cref="AuthSettings"/>), their role and party read through
    /// <see cref="ClaimMapping"/>. Throws, so the host does not start, when nothing but the public development key
    /// would be trusted outside Development.
    /// </summary>
    public static AuthSettings AddSummitAuth(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var settings = AuthSettings.From(configuration, environment);
        services.AddSingleton(settings);
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(o =>
            {
                o.MapInboundClaims = false;
                o.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidateAudience = true,
                    ValidAudience = settings.Audience,
                    RoleClaimType = SummitClaims.Role,
                    NameClaimType = "sub",
                };
                if (!string.IsNullOrWhiteSpace(settings.Authority))
                {
                    o.Authority = settings.Authority;
                    o.RequireHttpsMetadata = settings.RequireHttpsMetadata;
                }
                else
                {
                    o.TokenValidationParameters.ValidIssuer = settings.Issuer;
                    o.TokenValidationParameters.IssuerSigningKeys = settings.ValidationKeys();
                }

                o.Events = new JwtBearerEvents
                {
                    OnAuthenticationFailed = context =>
                    {
                        context.HttpContext.RequestServices.GetRequiredService<FailedSignIns>().Record(context.HttpContext.ClientAddress());
                        return Task.CompletedTask;
                    },
                    OnTokenValidated = context =>
                    {
                        context.Principal = settings.Claims.Normalize(context.Principal!, JwtBearerDefaults.AuthenticationScheme);
                        return Task.CompletedTask;
                    },
                };
            });
        services.AddAuthorization(Policies.Configure);
        return settings;
    }
}
