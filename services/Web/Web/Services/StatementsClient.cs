using System.Net;
using System.Net.Http.Json;

namespace SummitCoordination.Web.Services;

/// <summary>The Statements service's HTTP API as the web app uses it.</summary>
public sealed class StatementsClient(HttpClient http)
{
    public async Task<StatementPage> SearchAsync(StatementSearch search, CancellationToken ct = default) =>
        (await http.GetFromJsonAsync<StatementPage>($"public/statements{AppendPageSize(search)}", ct))!;

    public async Task<Statement?> GetAsync(string slug, CancellationToken ct = default)
    {
        using var response = await http.GetAsync($"public/statements/{Uri.EscapeDataString(slug)}", ct);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<Statement>(ct);
    }

    public async Task<CommitmentsReport> CommitmentsAsync(string? party = null, CancellationToken ct = default) =>
        (await http.GetFromJsonAsync<CommitmentsReport>(string.IsNullOrEmpty(party) ? "public/commitments" : $"public/commitments?party={Uri.EscapeDataString(party)}", ct))!;

    public async Task<IReadOnlyList<Instrument>> InstrumentsAsync(CancellationToken ct = default) =>
        (await http.GetFromJsonAsync<List<Instrument>>("public/instruments", ct))!;

    public async Task<Instrument?> InstrumentAsync(Guid id, CancellationToken ct = default)
    {
        using var response = await http.GetAsync($"public/instruments/{id}", ct);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<Instrument>(ct);
    }

    private static string AppendPageSize(StatementSearch search)
    {
        var query = search.ToQueryString();
        return search.PageSize == 20 ? query : $"{query}{(query.Length == 0 ? "?" : "&")}pageSize={search.PageSize}";
    }
}
