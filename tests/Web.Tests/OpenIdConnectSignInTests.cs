using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Web.Tests;

/// <summary>
/// Issue 10, section 2: in production the web app signs people in with OpenID Connect, authorization code with PKCE,
/// against <c>Auth:Authority</c>. The authority here is a small real HTTP server publishing a discovery document.
/// </summary>
public sealed class OpenIdConnectSignInTests : IAsyncLifetime
{
    private WebApplication _authority = null!;
    private SummitApp _app = null!;

    private string Issuer => _authority.Urls.First();

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _authority = builder.Build();
        _authority.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Issuer, ["authorization_endpoint"] = $"{Issuer}/authorize", ["token_endpoint"] = $"{Issuer}/token",
            ["jwks_uri"] = $"{Issuer}/jwks", ["end_session_endpoint"] = $"{Issuer}/logout", ["response_types_supported"] = new[] { "code" },
            ["subject_types_supported"] = new[] { "public" }, ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["code_challenge_methods_supported"] = new[] { "S256" },
        }));
        _authority.MapGet("/jwks", () => Results.Json(new { keys = Array.Empty<object>() }));
        await _authority.StartAsync();
        _app = new SummitApp(environment: "Production", settings: new Dictionary<string, string?>
        {
            ["Auth:Authority"] = Issuer,
            ["Auth:RequireHttpsMetadata"] = "false",
            ["Web:Oidc:ClientId"] = "summit-web",
        });
    }

    [Fact]
    public async Task Signing_in_goes_to_the_authority_with_the_authorization_code_flow_and_PKCE()
    {
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = await client.GetStringAsync("/signin");
        Assert.Contains("Sign in with your organisation", page);
        Assert.DoesNotContain("Development server", page);

        var challenge = await client.GetAsync("/signin/oidc?returnUrl=%2Fsecretariat");
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var location = challenge.Headers.Location!;
        Assert.Equal($"{Issuer}/authorize", location.GetLeftPart(UriPartial.Path));
        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("summit-web", query["client_id"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.True(query["code_challenge"].ToString().Length >= 43);
        Assert.EndsWith("/signin-oidc", query["redirect_uri"].ToString());
        Assert.Contains("openid", query["scope"].ToString().Split(' '));
    }

    [Fact]
    public async Task In_production_there_is_no_development_sign_in_and_the_working_pages_ask_to_sign_in()
    {
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync("/dev/tokens", new { role = "Secretariat" })).StatusCode);
        var form = await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signin", ["Input.As"] = "Secretariat",
        }));
        // A hand-made form post (no antiforgery token, a development choice) is refused and signs nobody in.
        Assert.True((int)form.StatusCode >= 400, $"the forged sign-in answered {(int)form.StatusCode}");
        Assert.False(form.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("summit.session", StringComparison.Ordinal)));
        foreach (var path in new[] { "/secretariat", "/delegation" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains($"/signin?returnUrl=%2F{path[1..]}", response.Headers.Location!.ToString());
        }
    }

    public async Task DisposeAsync()
    {
        _app.Dispose();
        await _authority.DisposeAsync();
    }
}
