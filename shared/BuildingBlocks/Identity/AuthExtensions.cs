using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Mvc;

namespace SummitCoordination.BuildingBlocks.Identity;

public static class AuthExtensions
{
    /// <summary>How long after its expiry (and before its start) a token is still accepted: clocks differ a little, not by minutes.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    private const string OverFailureLimit = "summit.over-failure-limit";

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
                    // A token is accepted at most this long after it expired (the default is five minutes).
                    ClockSkew = ClockSkew,
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
                        var http = context.HttpContext;
                        if (!http.RequestServices.GetRequiredService<FailedSignIns>().Record(http.ClientAddress(), http.Request.Headers.Authorization.ToString()))
                        {
                            // Over the limit of failures: this failure (never a token that validates) is answered 429.
                            http.Items[OverFailureLimit] = true;
                        }

                        return Task.CompletedTask;
                    },
                    OnTokenValidated = context =>
                    {
                        if (settings.Claims.Ambiguity(context.Principal!) is { } ambiguity)
                        {
                            context.Fail(new AmbiguousRoleException(ambiguity));
                            return Task.CompletedTask;
                        }

                        context.Principal = settings.Claims.Normalize(context.Principal!, JwtBearerDefaults.AuthenticationScheme);
                        return Task.CompletedTask;
                    },
                    OnChallenge = async context =>
                    {
                        var http = context.HttpContext;
                        if (http.Items.ContainsKey(OverFailureLimit))
                        {
                            context.HandleResponse();
                            await RateLimitExtensions.WriteTooManyAsync(http, http.RequestServices.GetRequiredService<RateLimitSettings>().FailedAuthentication.Window,
                                "Too many failed sign-ins from this address; a valid token is still accepted.");
                        }
                        else if (context.AuthenticateFailure is AmbiguousRoleException ambiguous)
                        {
                            context.HandleResponse();
                            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
                            http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\", error_description=\"more than one role\"";
                            var problem = new ProblemDetails { Status = StatusCodes.Status401Unauthorized, Title = "Sign-in required.", Detail = ambiguous.Message };
                            problem.Extensions["code"] = "auth.ambiguous-role";
                            await http.RequestServices.GetRequiredService<IProblemDetailsService>()
                                .WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem });
                        }
                    },
                };
            });
        services.AddAuthorization(Policies.Configure);
        // Resource rules every service applies (each service adds its own handlers in its module).
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAuthorizationHandler, OwnStateHandler>());
        return settings;
    }
}

/// <summary>A token that validates but names more than one role (<see cref="ClaimMapping.Ambiguity"/>): refused with 401.</summary>
public sealed class AmbiguousRoleException(string message) : Exception(message);
