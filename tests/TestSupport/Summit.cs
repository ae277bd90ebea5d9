using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SummitCoordination.TestSupport;

/// <summary>
/// Drives a running system through its HTTP API only, as the secretariat and the delegations would: one base URL
/// (the all-in-one host, or the gateway in distributed mode) and a way to get tokens.
/// </summary>
public sealed class Summit(Func<string, string?, Task<HttpClient>> clientAs)
{
    /// <summary>The role name that gets a client without any token: an observer.</summary>
    public const string Anonymous = "Anonymous";

    public Task<HttpClient> As(string role, string? party = null) => clientAs(role, party);

    public Task<HttpClient> Observer() => clientAs(Anonymous, null);

    public Task<HttpClient> Secretariat() => clientAs("Secretariat", null);

    public Task<HttpClient> Delegation(string party) => clientAs("Delegation", party);

    /// <summary>Schedules a C5 (or C5+X) meeting of a standard body and waits until Consensus knows it.</summary>
    public async Task<Guid> MeetingAsync(string body, DateTimeOffset start, string? partner = null, TimeSpan? length = null,
        Action<Dictionary<string, object?>>? edit = null)
    {
        var secretariat = await Secretariat();
        var id = (await MeetingsApi.CreateAsync(secretariat, body, start, length, edit, partner)).Id();
        await Eventually.Until(async () =>
            {
                var agenda = await secretariat.GetAsync($"/api/meetings/{id}/agenda");
                return agenda.StatusCode == HttpStatusCode.OK
                    && (await agenda.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("decisionRule").ValueKind == JsonValueKind.Object;
            },
            TimeSpan.FromSeconds(60), $"Consensus to know the meeting of {body} and its rule");
        return id;
    }

    public async Task ConveneAsync(Guid meetingId)
    {
        var secretariat = await Secretariat();
        (await MeetingsApi.ConveneAsync(secretariat, meetingId)).EnsureSuccessStatusCode();
        await Eventually.Until(async () => (await secretariat.GetFromJsonAsync<JsonElement>($"/api/meetings/{meetingId}/agenda")).GetProperty("status").GetString() == "Convened",
            TimeSpan.FromSeconds(60), "Consensus to see the meeting convened");
    }

    public async Task<JsonElement> ItemAsync(Guid itemId) => await (await Secretariat()).GetFromJsonAsync<JsonElement>($"/api/agenda-items/{itemId}");

    public Task<JsonElement> WaitItemAsync(Guid itemId, Func<JsonElement, bool> done, string what) =>
        Eventually.Until(() => ItemAsync(itemId), done, TimeSpan.FromSeconds(60), what);

    public async Task<Guid> ProposeAsync(string party, Guid meetingId, string title, string targetLayer, string kind = "Decision", Guid? statementId = null)
    {
        var client = party == "SECRETARIAT" ? await Secretariat() : await Delegation(party);
        var response = await client.PostAsJsonAsync("/api/agenda-items",
            new { meetingId, kind, title, text = $"{title}: text as proposed.", targetLayer, statementId });
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"Proposing gave {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Id();
    }

    public async Task<HttpResponseMessage> PositionAsync(Guid itemId, string party, string position, string? note = null) =>
        await (await Delegation(party)).PutAsJsonAsync($"/api/agenda-items/{itemId}/positions/{party}", new { position, note });

    /// <summary>
    /// The parties take the position. A test that names the five members means all the members deciding there: those
    /// admitted since (Azerbaijan at the Leaders' summits since Tashkent 2025) take the same position, the partner of a
    /// C5+X meeting does not.
    /// </summary>
    public async Task AllAsync(Guid itemId, string position, params string[] parties)
    {
        foreach (var party in parties.Concat(await AlsoMembersAsync(itemId, parties)))
        {
            (await PositionAsync(itemId, party, position)).EnsureSuccessStatusCode();
        }
    }

    /// <summary>The members deciding at the item's meeting beyond the five, when <paramref name="parties"/> are the five.</summary>
    public async Task<IReadOnlyList<string>> AlsoMembersAsync(Guid itemId, IEnumerable<string> parties)
    {
        if (!parties.Order(StringComparer.Ordinal).SequenceEqual(Requests.Members))
        {
            return [];
        }

        var secretariat = await Secretariat();
        var meetingId = (await ItemAsync(itemId)).GetProperty("meetingId").GetGuid();
        var format = (await secretariat.GetFromJsonAsync<JsonElement>($"/api/meetings/{meetingId}")).GetProperty("format").GetString();
        var deciders = (await secretariat.GetFromJsonAsync<JsonElement>($"/api/meetings/{meetingId}/deciders")).GetProperty("deciders").EnumerateArray()
            .Select(d => d.GetString()!);
        return deciders.Where(d => !Requests.Members.Contains(d) && format != $"C5+{d}").ToList();
    }

    public async Task<JsonElement> DecideAsync(Guid itemId, string? asParty = null)
    {
        var client = asParty is null ? await Secretariat() : await Delegation(asParty);
        var response = await client.PostAsync($"/api/agenda-items/{itemId}/decision", null);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"Deciding gave {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
