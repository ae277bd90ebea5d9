using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using SummitCoordination.BuildingBlocks.Identity;

namespace SummitCoordination.Web;

/// <summary>
/// How people sign in to the web app. The services' APIs keep bearer tokens; pages use a cookie that names a session
/// kept on the server (<see cref="ServerSideTickets"/>): the access token never reaches the browser. In production the
/// session comes from OpenID Connect (authorization code with PKCE) against <c>Auth:Authority</c>, mapped by the same
/// <c>Auth:Claims</c> as the APIs; in Development, from the sign-in page's choice of role and state.
/// </summary>
public static class WebAuthentication
{
    public const string Selector = "SummitSelector";

    /// <summary>The addresses machines call with a bearer token; everything else is a page.</summary>
    public static bool IsApiRequest(HttpRequest request) =>
        request.Headers.Authorization.Any(h => h?.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) == true)
        || request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/public") || request.Path.StartsWithSegments("/calendars")
        || request.Path.StartsWithSegments("/dev") || request.Path.StartsWithSegments("/openapi") || request.Path.StartsWithSegments("/health")
        || request.Path.StartsWithSegments("/scalar");

    /// <summary>Where a person lands after signing in when no page was asked for: the secretariat's console, a delegation's meetings.</summary>
    public static string HomeOf(ClaimsPrincipal user) =>
        user.IsInRole("Secretariat") ? "/secretariat" : user.IsInRole("Delegation") ? "/delegation" : "/";

    /// <summary>The address that sends a person just signed in (by OpenID Connect) to <see cref="HomeOf"/>.</summary>
    public const string LandingPath = "/signin/home";

    public static bool UsesOpenIdConnect(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["Auth:Authority"]) && !string.IsNullOrWhiteSpace(configuration["Web:Oidc:ClientId"]);

    public static IServiceCollection AddWebAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDistributedMemoryCache();
        services.AddSingleton<ServerSideTickets>();
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<ServerSideTickets>((o, tickets) => o.SessionStore = tickets);
        var auth = services.AddAuthentication(o =>
            {
                o.DefaultScheme = Selector;
                o.DefaultChallengeScheme = Selector;
            })
            .AddPolicyScheme(Selector, "Bearer for the APIs, the session cookie for pages", o => o.ForwardDefaultSelector = context =>
                IsApiRequest(context.Request) ? JwtBearerDefaults.AuthenticationScheme : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, o =>
            {
                o.Cookie.Name = "summit.session";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.LoginPath = "/signin";
                o.LogoutPath = "/signout";
                o.AccessDeniedPath = "/signin";
                o.ReturnUrlParameter = "returnUrl";
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = false;
            });

        if (UsesOpenIdConnect(configuration))
        {
            auth.AddOpenIdConnect(OpenIdConnectDefaults.AuthenticationScheme, o =>
            {
                o.Authority = configuration["Auth:Authority"];
                o.RequireHttpsMetadata = configuration.GetValue("Auth:RequireHttpsMetadata", true);
                o.ClientId = configuration["Web:Oidc:ClientId"];
                o.ClientSecret = configuration["Web:Oidc:ClientSecret"];
                o.ResponseType = OpenIdConnectResponseType.Code;
                o.UsePkce = true;
                o.SaveTokens = true;
                o.GetClaimsFromUserInfoEndpoint = true;
                o.MapInboundClaims = false;
                o.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                o.CallbackPath = "/signin-oidc";
                o.SignedOutCallbackPath = "/signout-callback-oidc";
                o.Scope.Clear();
                foreach (var scope in (configuration["Web:Oidc:Scopes"] ?? "openid profile").Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    o.Scope.Add(scope);
                }
            });
            services.AddOptions<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme).Configure<AuthSettings>((o, settings) =>
                o.Events.OnTokenValidated = context =>
                {
                    // The same mapping as the APIs: role and state come from the configured claims, nothing else.
                    var principal = settings.Claims.Normalize(context.Principal!, CookieAuthenticationDefaults.AuthenticationScheme);
                    var identity = (ClaimsIdentity)principal.Identity!;
                    var name = context.Principal!.FindFirst("name")?.Value ?? context.Principal.FindFirst("preferred_username")?.Value;
                    if (name is not null)
                    {
                        identity.AddClaim(new Claim("name", name));
                    }

                    if (context.TokenEndpointResponse?.AccessToken is { } accessToken)
                    {
                        // Kept in the server-side session only: interactive pages call the APIs with it.
                        identity.AddClaim(new Claim(AccessTokenHandler.TokenClaim, accessToken));
                    }

                    context.Principal = principal;
                    return Task.CompletedTask;
                });
        }

        return services;
    }

    /// <summary>
    /// A principal the web app signs in with: the APIs' own claims, the display name when the person gave one (without it
    /// the pages name the role or the state, not the technical subject), and the token kept in the session.
    /// </summary>
    public static (ClaimsPrincipal Principal, AuthenticationProperties Properties) Session(string subject, string? name, string role, string? party,
        string accessToken, DateTime expiresUtc, bool focalPoint = false)
    {
        var claims = new List<Claim> { new("sub", subject), new(SummitClaims.Role, role), new(AccessTokenHandler.TokenClaim, accessToken) };
        if (!string.IsNullOrWhiteSpace(name))
        {
            claims.Add(new Claim("name", name));
        }

        if (party is not null)
        {
            claims.Add(new Claim(SummitClaims.Party, party));
            if (focalPoint)
            {
                claims.Add(new Claim(SummitClaims.Role, Roles.FocalPoint));
            }
        }

        var properties = new AuthenticationProperties { IsPersistent = false, ExpiresUtc = expiresUtc, AllowRefresh = false };
        properties.StoreTokens([new AuthenticationToken { Name = "access_token", Value = accessToken }]);
        return (new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme, "name", SummitClaims.Role)), properties);
    }
}

/// <summary>
/// Sessions on the server: the cookie carries only a random key; the ticket (claims and access token) lives in the
/// distributed cache, protected by the data-protection keys (in memory on one host; with
/// <c>ConnectionStrings:DataProtection</c>, in the database the web instances share: <see cref="WebSessionStore"/>).
/// A ticket that can no longer be read (its keys gone) is no session: the person signs in again.
/// </summary>
public sealed class ServerSideTickets(IDistributedCache cache, IDataProtectionProvider protection) : ITicketStore
{
    private const string Prefix = "summit-session:";

    private readonly IDataProtector _protector = protection.CreateProtector("SummitCoordination.Web.Sessions");

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        await RenewAsync(key, ticket);
        return key;
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket) =>
        cache.SetAsync(Prefix + key, _protector.Protect(TicketSerializer.Default.Serialize(ticket)),
            new DistributedCacheEntryOptions { AbsoluteExpiration = ticket.Properties.ExpiresUtc ?? DateTimeOffset.UtcNow.AddHours(8) });

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        var bytes = await cache.GetAsync(Prefix + key);
        if (bytes is null)
        {
            return null;
        }

        try
        {
            return TicketSerializer.Default.Deserialize(_protector.Unprotect(bytes));
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    public Task RemoveAsync(string key) => cache.RemoveAsync(Prefix + key);
}
