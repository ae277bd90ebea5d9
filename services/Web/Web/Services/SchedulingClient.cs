using System.Net.Http.Json;

namespace SummitCoordination.Web.Services;

/// <summary>The Scheduling service's HTTP API as the web app uses it.</summary>
public sealed class SchedulingClient(HttpClient http)
{
    public async Task<IReadOnlyList<Party>> PartiesAsync(CancellationToken ct = default) =>
        (await http.GetFromJsonAsync<List<Party>>("public/parties", ct))!;

    public async Task<IReadOnlyList<CalendarEntry>> CalendarAsync(int? year = null, CancellationToken ct = default) =>
        (await http.GetFromJsonAsync<List<CalendarEntry>>(year is null ? "public/calendar" : $"public/calendar?year={year}", ct))!;

    /// <summary>Development only: a token for the role (and state) a person picked on the sign-in page.</summary>
    public async Task<DevToken> DevTokenAsync(string role, string? party, string name, CancellationToken ct = default)
    {
        using var response = await http.PostAsJsonAsync("dev/tokens", new { role, party, name }, ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<DevToken>(ct))!;
    }
}
