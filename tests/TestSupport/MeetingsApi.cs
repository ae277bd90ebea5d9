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
        edit?.Invoke(request);
        return await client.PostAsJsonAsync("/api/meetings", request);
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
