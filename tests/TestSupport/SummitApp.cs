using System.Net.Http.Headers;
using System.Net.Http.Json;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

namespace SummitCoordination.TestSupport;

/// <summary>
/// The all-in-one host in process, through real HTTP handling, on real SQLite files in a temporary directory.
/// With <c>harness: true</c> the bus is MassTransit's test harness (in memory), so tests can assert what was published.
/// </summary>
public sealed class SummitApp(bool harness = false, string? dataDirectory = null) : WebApplicationFactory<Program>
{
    private readonly TempDirectory? _data = dataDirectory is null ? new TempDirectory() : null;

    /// <summary>Where the SQLite files are; pass the same directory to a second app to restart on the same data.</summary>
    public string DataDirectory => dataDirectory ?? _data!.Path;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:DataDirectory", DataDirectory);
        builder.UseSetting("Outbox:PollInterval", "00:00:00.200");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        if (harness)
        {
            builder.ConfigureTestServices(services => services.AddMassTransitTestHarness());
        }
    }

    /// <summary>A client with a Development token for the role; role <c>Anonymous</c>: no token at all (an observer).</summary>
    public async Task<HttpClient> ClientAs(string role, string? party = null)
    {
        var client = CreateClient();
        if (role == Summit.Anonymous)
        {
            return client;
        }

        var response = await client.PostAsJsonAsync("/dev/tokens", new { role, party });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenBody>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    public Task<HttpClient> Secretariat() => ClientAs("Secretariat");

    public Task<HttpClient> Delegation(string party) => ClientAs("Delegation", party);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _data?.Dispose();
        }
    }

    private sealed record TokenBody(string AccessToken);
}
