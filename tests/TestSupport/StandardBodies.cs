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
}
