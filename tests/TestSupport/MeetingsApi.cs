using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SummitCoordination.TestSupport;

/// <summary>The meeting calls the tests make, as a client of the HTTP API would.</summary>
public static class MeetingsApi
{
    public static async Task<HttpResponseMessage> TryCreateAsync(HttpClient client, string body, DateTimeOffset start, TimeSpan? length = null,
        Action<Dictionary<string, object?>>? edit = null, string? partner = null)
    {
        var request = Requests.Meeting(await StandardBodies.IdOf(client, body), start, length, partner);
        var delegations = request["delegations"];
        edit?.Invoke(request);
        if (ReferenceEquals(delegations, request["delegations"]))
        {
            // The test did not choose the delegations: every party that decides there sends one (Azerbaijan at the
            // Leaders' summits since Tashkent 2025, a member admitted in a test), as the secretariat's form does.
            await SeatEveryDeciderAsync(client, request);
        }

        return await client.PostAsJsonAsync("/api/meetings", request);
    }

    private static async Task SeatEveryDeciderAsync(HttpClient client, Dictionary<string, object?> request)
    {
        var check = await client.PostAsJsonAsync("/api/meetings/check", request);
        if (!check.IsSuccessStatusCode)
        {
            return; // the request is bad in some other way, which is what the test is about
        }

        // Not the partner of a C5+X meeting: whether X sends a delegation is the test's own business (a missing one is a conflict).
        var partner = (await client.GetFromJsonAsync<JsonElement>($"/api/bodies/{request["bodyId"]}")).GetProperty("partner").GetString();
        var deciders = (await check.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("deciders").EnumerateArray().Select(d => d.GetString()!)
            .Where(d => d != partner);
        var seated = JsonSerializer.SerializeToElement(request["delegations"]).EnumerateArray().Select(d => d.GetProperty("party").GetString()).ToHashSet();
        request["delegations"] = ((IEnumerable<object>)request["delegations"]!).Concat(deciders.Where(d => !seated.Contains(d)).Select(d => Requests.Delegation(d))).ToList();
    }

    public static async Task<JsonElement> CreateAsync(HttpClient client, string body, DateTimeOffset start, TimeSpan? length = null,
        Action<Dictionary<string, object?>>? edit = null, string? partner = null)
    {
        var response = await TryCreateAsync(client, body, start, length, edit, partner);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"Creating a meeting gave {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>What the tests give as the reason for convening a meeting dated in the future now (it would refuse without one).</summary>
    public const string AheadReason = "Convened ahead of its scheduled start for the test";

    /// <summary>Convenes a meeting now, with the reason a meeting convened ahead of its start needs.</summary>
    public static Task<HttpResponseMessage> ConveneAsync(HttpClient client, Guid meetingId) =>
        client.PostAsJsonAsync($"/api/meetings/{meetingId}/convene", new { reason = AheadReason });

    public static Guid Id(this JsonElement meeting) => meeting.GetProperty("id").GetGuid();

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    public static IEnumerable<string> ConflictCodes(this JsonElement problem) =>
        problem.GetProperty("conflicts").EnumerateArray().Select(c => c.GetProperty("code").GetString()!);
}
