using System.Net;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Web.Tests;

/// <summary>
/// Behind the gateway (issue 21.2), a host answers with the address the person asked for: a sign-in redirect built from
/// the request names the gateway's scheme and host, taken from the gateway's X-Forwarded-* headers (a loopback proxy),
/// not the host's own port, which a browser's page may not post to (form-action 'self').
/// </summary>
public sealed class ForwardedRequestTests : IDisposable
{
    private readonly SummitApp _app = new(kestrel: true);

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_redirect_built_from_a_request_the_gateway_forwarded_names_the_gateway_address()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _app.Address };
        using var forwarded = new HttpRequestMessage(HttpMethod.Get, "/secretariat");
        forwarded.Headers.Add("X-Forwarded-Host", "summit.example.org");
        forwarded.Headers.Add("X-Forwarded-Proto", "https");
        forwarded.Headers.Add("X-Forwarded-For", "203.0.113.7");

        var response = await client.SendAsync(forwarded);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("https://summit.example.org/signin?returnUrl=%2Fsecretariat", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_request_that_came_straight_to_the_host_is_answered_with_its_own_address()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _app.Address };

        var response = await client.GetAsync("/secretariat");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{_app.Address.GetLeftPart(UriPartial.Authority)}/signin?returnUrl=%2Fsecretariat", response.Headers.Location!.ToString());
    }
}
