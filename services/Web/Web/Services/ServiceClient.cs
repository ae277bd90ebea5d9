namespace SummitCoordination.Web.Services;

/// <summary>
/// What the three typed clients (<see cref="SchedulingClient"/>, <see cref="ConsensusClient"/>, <see cref="StatementsClient"/>)
/// share: a call on the service's working API by a path relative to the client's base address, with the signed-in
/// person's token (added by <see cref="AccessTokenHandler"/>), and a refusal as an <see cref="ApiException"/> carrying the
/// service's own words. Only safe methods are retried (see WebModule): a write is sent once.
/// </summary>
public abstract class ServiceClient(HttpClient http)
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    protected HttpClient Http => http;

    /// <summary>An absolute address on this service (for a link the browser follows itself).</summary>
    protected Uri Link(string path) => new(http.BaseAddress!, path);

    protected async Task<T> GetAsync<T>(string path, CancellationToken ct) => await SendAsync<T>(HttpMethod.Get, path, null, ct);

    /// <summary>A request record as the body of a call (camelCase, enums by name).</summary>
    protected static JsonContent Json<TBody>(TBody body) => JsonContent.Create(body);

    protected async Task<T> SendAsync<T>(HttpMethod method, string path, HttpContent? body, CancellationToken ct, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(method, Link(path));
        request.Content = body;

        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }

        using var response = await http.SendAsync(request, ct);
        await AcceptedAsync(response, ct);

        return (await response.Content.ReadFromJsonAsync<T>(ct))!;
    }

    /// <summary>A file the service sends (a PDF), with the name it gives it; a refusal as an <see cref="ApiException"/>.</summary>
    protected async Task<(byte[] Content, string? FileName)> GetFileAsync(string path, CancellationToken ct)
    {
        using var response = await http.GetAsync(Link(path), ct);
        await AcceptedAsync(response, ct);

        var disposition = response.Content.Headers.ContentDisposition;
        return (await response.Content.ReadAsByteArrayAsync(ct), disposition?.FileNameStar ?? disposition?.FileName?.Trim('"'));
    }

    /// <summary>A refusal becomes an <see cref="ApiException"/> carrying the service's own words.</summary>
    private static async Task AcceptedAsync(HttpResponseMessage response, CancellationToken ct)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new ApiException(await ProblemAsync(response, ct));
        }
    }

    private static async Task<ApiProblem> ProblemAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var status = (int)response.StatusCode;
        try
        {
            var json = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
            var errors = json.TryGetProperty("errors", out var e) && e.ValueKind == JsonValueKind.Object
                ? e.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(v => v.GetString() ?? "").ToArray())
                : new Dictionary<string, string[]>();
            var conflicts = json.TryGetProperty("conflicts", out var c) && c.ValueKind == JsonValueKind.Array
                ? c.Deserialize<List<ConflictView>>(Web) ?? []
                : [];
            var lists = json.ValueKind == JsonValueKind.Object
                ? json.EnumerateObject()
                    .Where(p => p.Name != "errors" && p.Value.ValueKind == JsonValueKind.Array && p.Value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String))
                    .ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(v => v.GetString()!).ToArray())
                : new Dictionary<string, string[]>();
            return new ApiProblem(status, json.TryGetProperty("code", out var code) ? code.GetString() : null,
                json.TryGetProperty("title", out var title) ? title.GetString() ?? "" : response.ReasonPhrase ?? "",
                json.TryGetProperty("detail", out var detail) ? detail.GetString() : null, errors, conflicts)
            {
                Lists = lists,
                Values = json.ValueKind == JsonValueKind.Object
                    ? json.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String && p.Name is not ("type" or "title" or "detail" or "instance"))
                        .ToDictionary(p => p.Name, p => p.Value.GetString()!)
                    : new Dictionary<string, string>(),
            };
        }
        catch (JsonException)
        {
            return new ApiProblem(status, null, response.ReasonPhrase ?? status.ToString(), null, new Dictionary<string, string[]>(), []);
        }
    }
}
