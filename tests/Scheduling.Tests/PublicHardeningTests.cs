using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Scheduling.Tests;

/// <summary>
/// Issue 9, section 4: security headers on public pages and the reference, and rate limits with a 429 problem. The
/// headers are read from one host with the default settings (<see cref="DefaultHost"/>); each rate limit is tried on a
/// host of its own, whose limiter no other test has counted against.
/// </summary>
public sealed class PublicHardeningTests(PublicHardeningTests.DefaultHost host) : IClassFixture<PublicHardeningTests.DefaultHost>
{
    /// <summary>The all-in-one host with its default settings, shared by the header checks (GETs only).</summary>
    public sealed class DefaultHost : IDisposable
    {
        public SummitApp App { get; } = new();

        public void Dispose() => App.Dispose();
    }

    [Theory]
    [InlineData("/public/statements", "text/html")]
    [InlineData("/public/calendar.ics", "text/calendar")]
    [InlineData("/scalar", "text/html")]
    [InlineData("/openapi/v1.json", "application/json")]
    public async Task Public_pages_and_the_reference_send_strict_security_headers(string path, string accept)
    {
        var client = host.App.CreateClient();
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("*", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        if (accept == "text/html" && !path.StartsWith("/scalar", StringComparison.Ordinal))
        {
            // A browser lands on the web app's page: only this host's scripts, no inline script, no plugins, no other site's forms.
            Assert.Equal("/statements", response.RequestMessage!.RequestUri!.AbsolutePath);
            Assert.Contains("script-src 'self';", csp);
            Assert.Contains("object-src 'none'", csp);
            Assert.Contains("form-action 'self'", csp);
            Assert.Contains("base-uri 'self'", csp);
        }
        else
        {
            Assert.Contains("base-uri 'none'", csp);
            Assert.Contains("form-action 'none'", csp);
        }

        if (!path.StartsWith("/scalar", StringComparison.Ordinal) && accept != "text/html")
        {
            Assert.Contains("default-src 'none'", csp);
            Assert.DoesNotContain("unsafe-inline", csp);
        }

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.False(response.Headers.Contains("Server"));
    }

    private static async Task AssertTooManyAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After in seconds");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("rate-limited", problem.GetProperty("code").GetString());
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Anonymous_reads_over_the_limit_get_429_with_Retry_After_while_signed_in_callers_go_on()
    {
        using var app = new SummitApp(settings: new Dictionary<string, string?> { ["RateLimits:Anonymous:PermitLimit"] = "5", ["RateLimits:Anonymous:Window"] = "00:10:00" });
        var secretariat = await app.Secretariat();
        var anonymous = app.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/public/statements?q=water")).StatusCode);
        }

        await AssertTooManyAsync(await anonymous.GetAsync("/public/statements?q=water"));
        await AssertTooManyAsync(await anonymous.GetAsync("/public/calendar.ics"));
        Assert.Equal(HttpStatusCode.OK, (await secretariat.GetAsync("/api/bodies")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task The_token_endpoint_is_limited_per_address()
    {
        using var app = new SummitApp(settings: new Dictionary<string, string?> { ["RateLimits:TokenEndpoint:PermitLimit"] = "3" });
        var client = app.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/dev/tokens", new { role = "Secretariat" })).StatusCode);
        }

        await AssertTooManyAsync(await client.PostAsJsonAsync("/dev/tokens", new { role = "Secretariat" }));
    }

    private static HttpClient Bearer(SummitApp app, string token)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Issue 19, point 16: one misconfigured client behind a shared address must not lock the others out.</summary>
    [Fact]
    public async Task A_bad_token_sent_again_and_again_is_refused_before_it_is_checked_while_a_valid_token_from_the_same_address_goes_on()
    {
        using var app = new SummitApp(settings: new Dictionary<string, string?> { ["RateLimits:FailedAuthentication:PermitLimit"] = "3" });
        var good = await app.Secretariat();
        var bad = Bearer(app, "eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoiU2VjcmV0YXJpYXQifQ.c2lnbmF0dXJl");
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await bad.GetAsync("/api/bodies")).StatusCode);
        }

        await AssertTooManyAsync(await bad.GetAsync("/api/bodies"));
        await AssertTooManyAsync(await bad.GetAsync("/api/bodies"));
        // Same address (the test server has one), as behind a summit's shared network: a token that validates is never refused.
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await good.GetAsync("/api/bodies")).StatusCode);
        }
    }

    [Fact]
    public async Task Many_different_bad_tokens_from_one_address_are_answered_429_once_over_the_limit_and_valid_tokens_from_there_still_work()
    {
        using var app = new SummitApp(settings: new Dictionary<string, string?> { ["RateLimits:FailedAuthentication:PermitLimit"] = "5" });
        var good = await app.Secretariat();
        var kazakhstan = await app.Delegation("KAZ");
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer(app, $"not-a-token-{i}").GetAsync("/api/bodies")).StatusCode);
        }

        for (var i = 5; i < 30; i++)
        {
            await AssertTooManyAsync(await Bearer(app, $"not-a-token-{i}").GetAsync("/api/bodies"));
            Assert.Equal(HttpStatusCode.OK, (await good.GetAsync("/api/bodies")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await kazakhstan.GetAsync("/api/meetings/mine")).StatusCode);
        // A token fetched afresh from that address works too.
        Assert.Equal(HttpStatusCode.OK, (await (await app.Delegation("UZB")).GetAsync("/api/meetings/mine")).StatusCode);
    }

    [Fact]
    public async Task Guessed_calendar_addresses_are_limited_but_a_real_one_from_the_same_address_is_served()
    {
        using var app = new SummitApp(settings: new Dictionary<string, string?> { ["RateLimits:FailedAuthentication:PermitLimit"] = "3" });
        var kazakhstan = await app.Delegation("KAZ");
        var created = await kazakhstan.PostAsJsonAsync("/api/calendar-subscriptions", new { feed = "Party", target = "KAZ" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var url = new Uri((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!);
        var anonymous = app.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/calendars/guess-{i}.ics")).StatusCode);
        }

        await AssertTooManyAsync(await anonymous.GetAsync("/calendars/guess-3.ics"));
        await AssertTooManyAsync(await anonymous.GetAsync("/calendars/guess-0.ics"));
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(url.PathAndQuery)).StatusCode);
    }
}
