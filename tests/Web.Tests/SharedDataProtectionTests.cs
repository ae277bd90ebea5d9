using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Web.Tests;

/// <summary>
/// Issue 21.2: two web instances behind the gateway read each other's session cookie and antiforgery token when they
/// share a key database (<c>ConnectionStrings:DataProtection</c>), and not otherwise.
/// </summary>
public sealed class SharedDataProtectionTests : IDisposable
{
    private readonly TempDirectory _keys = new();

    private SummitApp WebInstance(string keyFile) =>
        new(settings: new Dictionary<string, string?> { ["ConnectionStrings:DataProtection"] = $"Data Source={Path.Combine(_keys.Path, keyFile)}" });

    private static ISecureDataFormat<AuthenticationTicket> SessionCookieFormat(SummitApp app) =>
        app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(CookieAuthenticationDefaults.AuthenticationScheme).TicketDataFormat;

    private static AuthenticationTicket Ticket() =>
        new(new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "secretariat-1")], CookieAuthenticationDefaults.AuthenticationScheme)),
            CookieAuthenticationDefaults.AuthenticationScheme);

    private static (AntiforgeryTokenSet Tokens, string CookieName) FormTokens(SummitApp app)
    {
        var context = new DefaultHttpContext { RequestServices = app.Services };
        var tokens = app.Services.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        return (tokens, app.Services.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.Cookie.Name!);
    }

    private static Task<bool> AcceptsFormAsync(SummitApp app, (AntiforgeryTokenSet Tokens, string CookieName) form)
    {
        var context = new DefaultHttpContext { RequestServices = app.Services };
        context.Request.Method = HttpMethods.Post;
        context.Request.Headers.Cookie = $"{form.CookieName}={form.Tokens.CookieToken}";
        context.Request.Headers[form.Tokens.HeaderName!] = form.Tokens.RequestToken;
        return app.Services.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context);
    }

    /// <summary>A session cookie and a form's tokens, as one web instance (stopped since) gave them to a browser.</summary>
    private (string Cookie, (AntiforgeryTokenSet Tokens, string CookieName) Form) MadeByAnInstance(string keyFile)
    {
        using var first = WebInstance(keyFile);
        return (SessionCookieFormat(first).Protect(Ticket()), FormTokens(first));
    }

    [Fact]
    public async Task A_session_cookie_and_a_form_token_made_by_one_web_instance_are_accepted_by_another_sharing_the_key_database()
    {
        var (cookie, form) = MadeByAnInstance("keys.db");
        using var second = WebInstance("keys.db");

        Assert.Equal("secretariat-1", SessionCookieFormat(second).Unprotect(cookie)?.Principal.FindFirst("sub")?.Value);
        Assert.True(await AcceptsFormAsync(second, form));
        Assert.Equal(1L, await CountKeysAsync("keys.db"));
    }

    [Fact]
    public async Task With_key_stores_of_their_own_the_other_instance_refuses_them()
    {
        var (cookie, form) = MadeByAnInstance("first.db");
        using var second = WebInstance("second.db");

        Assert.Null(SessionCookieFormat(second).Unprotect(cookie));
        Assert.False(await AcceptsFormAsync(second, form));
    }

    [Fact]
    public async Task A_session_stored_by_one_web_instance_is_carried_on_by_another_and_its_access_token_is_not_kept_in_clear()
    {
        const string accessToken = "eyJ-the-access-token-of-secretariat-1";
        string key;
        using (var first = WebInstance("keys.db"))
        {
            var ticket = Ticket();
            ticket.Properties.StoreTokens([new AuthenticationToken { Name = "access_token", Value = accessToken }]);
            key = await first.Services.GetRequiredService<ServerSideTickets>().StoreAsync(ticket);
        }

        using var second = WebInstance("keys.db");
        var carried = await second.Services.GetRequiredService<ServerSideTickets>().RetrieveAsync(key);
        Assert.Equal("secretariat-1", carried?.Principal.FindFirst("sub")?.Value);
        Assert.Equal(accessToken, carried!.Properties.GetTokenValue("access_token"));
        var stored = await StoredSessionAsync("keys.db");
        Assert.DoesNotContain(accessToken, System.Text.Encoding.UTF8.GetString(stored), StringComparison.Ordinal);

        await second.Services.GetRequiredService<ServerSideTickets>().RemoveAsync(key);
        Assert.Null(await second.Services.GetRequiredService<ServerSideTickets>().RetrieveAsync(key));
    }

    [Fact]
    public async Task A_session_is_not_found_by_an_instance_with_its_own_store_nor_after_it_expired()
    {
        string key;
        using (var first = WebInstance("first.db"))
        {
            key = await first.Services.GetRequiredService<ServerSideTickets>().StoreAsync(Ticket());
            var expired = Ticket();
            expired.Properties.ExpiresUtc = DateTimeOffset.UtcNow.AddMinutes(-1);
            var stale = await first.Services.GetRequiredService<ServerSideTickets>().StoreAsync(expired);
            Assert.Null(await first.Services.GetRequiredService<ServerSideTickets>().RetrieveAsync(stale));
            Assert.NotNull(await first.Services.GetRequiredService<ServerSideTickets>().RetrieveAsync(key));
        }

        using var second = WebInstance("second.db");
        Assert.Null(await second.Services.GetRequiredService<ServerSideTickets>().RetrieveAsync(key));
    }

    private async Task<byte[]> StoredSessionAsync(string keyFile)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_keys.Path, keyFile)};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Value FROM WebSessions";
        return (byte[])(await command.ExecuteScalarAsync())!;
    }

    private async Task<long> CountKeysAsync(string keyFile)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_keys.Path, keyFile)};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM DataProtectionKeys";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _keys.Dispose();
    }
}
