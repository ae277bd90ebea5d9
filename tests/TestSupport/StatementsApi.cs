using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SummitCoordination.TestSupport;

/// <summary>The statement calls the tests make, as the secretariat, a delegation or an observer would.</summary>
public static class StatementsApi
{
    /// <summary>Drafts a statement; waits (a few seconds at most) for Statements to learn of a meeting just scheduled.</summary>
    public static async Task<JsonElement> DraftAsync(HttpClient client, Guid meetingId, string kind, string title, string english, string? russian = null,
        Guid? itemId = null, Guid? correctsId = null)
    {
        HttpResponseMessage? response = null;
        await Eventually.Until(async () =>
            {
                response = await client.PostAsJsonAsync("/api/statements", new { meetingId, kind, title, english, russian, itemId, correctsId });
                return response.StatusCode != HttpStatusCode.NotFound;
            },
            TimeSpan.FromSeconds(60), "Statements to know the meeting");
        if (response!.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"Drafting gave {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> Created(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.Created)
    {
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} gave {(int)response.StatusCode}: " +
                await response.Content.ReadAsStringAsync());
        }

        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static Task<JsonElement> WaitAsync(HttpClient client, Guid statementId, Func<JsonElement, bool> done, string what) =>
        Eventually.Until(() => client.GetFromJsonAsync<JsonElement>($"/api/statements/{statementId}"), done, TimeSpan.FromSeconds(60), what);

    public static string Status(this JsonElement statement) => statement.GetProperty("status").GetString()!;
}
