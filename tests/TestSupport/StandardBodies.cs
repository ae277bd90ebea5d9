using System.Net.Http.Json;
using System.Text.Json;

namespace SummitCoordination.TestSupport;

public static class StandardBodies
{
    public static async Task<Guid> IdOf(HttpClient client, string name)
    {
        var bodies = await client.GetFromJsonAsync<JsonElement>("/api/bodies");
        return bodies.EnumerateArray().Single(b => b.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();
    }

    /// <summary>
    /// Sets a body's correction window (Consensus), once Consensus holds its copy of the body: a body seeded or created in
    /// Scheduling reaches Consensus by message, so a host that has just started may still answer 404 for it.
    /// </summary>
    public static Task<HttpResponseMessage> SetCorrectionWindowAsync(HttpClient secretariat, Guid body, int days) =>
        Eventually.Until(() => secretariat.PutAsJsonAsync($"/api/bodies/{body}/record-settings", new { correctionWindowDays = days }),
            response => response.StatusCode != System.Net.HttpStatusCode.NotFound, what: $"Consensus's copy of body {body}");
}
