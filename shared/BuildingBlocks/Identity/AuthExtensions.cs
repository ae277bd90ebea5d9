using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace SummitCoordination.BuildingBlocks.Identity;

public static class AuthExtensions
{
    public static IServiceCollection AddSummitAuth(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = AuthSettings.From(configuration);
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
                }
                else
                {
                    o.TokenValidationParameters.ValidIssuer = settings.Issuer;
                    o.TokenValidationParameters.IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(settings.SigningKey));
                }
            });
        services.AddAuthorization(Policies.Configure);
        return services;
    }
}
