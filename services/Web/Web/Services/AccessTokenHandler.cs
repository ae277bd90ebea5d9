using System.Net.Http.Headers;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace SummitCoordination.Web.Services;

/// <summary>
/// Sends the signed-in person's access token (kept server-side with their session, never given to the browser) with
/// every call to a service. An anonymous reader's calls go without one.
/// </summary>
public sealed class AccessTokenHandler(IHttpContextAccessor accessor) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        string? token = null;
        if (accessor.HttpContext is { User.Identity.IsAuthenticated: true } http)
        {
            token = await http.GetTokenAsync("access_token");
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
