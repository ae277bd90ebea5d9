using System.Net.Http.Headers;
using Microsoft.AspNetCore.Components.Authorization;

namespace SummitCoordination.Web.Services;

/// <summary>
/// Sends the signed-in person's access token (kept server-side with their session, never given to the browser) with
/// every call to a service. In a request, from the session; in an interactive circuit, from the circuit's
/// signed-in principal (its server-side ticket carries the token as a claim). An anonymous reader's calls go without one.
/// </summary>
public sealed class AccessTokenHandler(IHttpContextAccessor accessor, CircuitServicesAccessor circuit) : DelegatingHandler
{
    /// <summary>The claim of the server-side session that holds the access token (never sent to the browser).</summary>
    public const string TokenClaim = "summit:access_token";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        string? token = null;
        if (circuit.Services?.GetService<AuthenticationStateProvider>() is { } state)
        {
            token = (await state.GetAuthenticationStateAsync()).User.FindFirst(TokenClaim)?.Value;
        }
        else if (accessor.HttpContext is { User.Identity.IsAuthenticated: true } http)
        {
            token = await http.GetTokenAsync("access_token") ?? http.User.FindFirst(TokenClaim)?.Value;
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
