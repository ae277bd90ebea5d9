using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Scheduling.Tests;

/// <summary>Issue 19, point 18: what the hostile client found, answered as HTTP says, in problem details.</summary>
public sealed class HostileClientTests(SummitAppFixture fixture) : IClassFixture<SummitAppFixture>
{
    private readonly SummitApp _app = fixture.App;

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("code").GetString()), text);
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()), text);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
        return problem;
    }

    private static async Task InvalidAsync(HttpResponseMessage response, string field)
    {
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Theory]
    [InlineData("PUT", "/api/meetings", "GET,POST")]
    [InlineData("DELETE", "/api/bodies", "GET,POST")]
    [InlineData("DELETE", "/api/parties/KAZ/holidays", "GET,POST")]
    [InlineData("PATCH", "/public/statements", "GET")]
    public async Task A_method_the_address_does_not_have_is_405_with_Allow(string method, string path, string allowed)
    {
        var secretariat = await _app.Secretariat();
        var response = await secretariat.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { }) });
        var problem = await ProblemAsync(response, HttpStatusCode.MethodNotAllowed);
        Assert.Equal("method-not-allowed", problem.GetProperty("code").GetString());
        var allow = response.Content.Headers.Allow.Select(m => m.ToUpperInvariant()).ToHashSet();
        foreach (var expected in allowed.Split(','))
        {
            Assert.Contains(expected, allow);
        }

        Assert.DoesNotContain(method, allow);
    }

    [Fact]
    public async Task A_body_of_another_media_type_or_of_none_is_415()
    {
        var secretariat = await _app.Secretariat();
        var plain = await secretariat.PostAsync("/api/parties", new StringContent("""{"code":"XPL"}""", Encoding.UTF8, "text/plain"));
        Assert.Equal("unsupported-media-type", (await ProblemAsync(plain, HttpStatusCode.UnsupportedMediaType)).GetProperty("code").GetString());

        var xml = await secretariat.PostAsync("/api/meetings", new StringContent("<meeting/>", Encoding.UTF8, "application/xml"));
        await ProblemAsync(xml, HttpStatusCode.UnsupportedMediaType);

        var none = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"code":"XNO"}"""));
        Assert.Null(none.Headers.ContentType);
        await ProblemAsync(await secretariat.PostAsync("/api/parties", none), HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData("PUT", "/api/no-such-thing")]
    [InlineData("POST", "/api/meetings/not-a-guid/nothing")]
    [InlineData("DELETE", "/public/no-such-feed")]
    public async Task An_address_that_does_not_exist_is_404_whatever_the_method(string method, string path)
    {
        var secretariat = await _app.Secretariat();
        await ProblemAsync(await secretariat.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_holidays_of_a_party_that_does_not_exist_are_404_not_an_empty_list()
    {
        var kazakhstan = await _app.Delegation("KAZ");
        var problem = await ProblemAsync(await kazakhstan.GetAsync("/api/parties/NIL/holidays"), HttpStatusCode.NotFound);
        Assert.Equal("party.not-found", problem.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, (await kazakhstan.GetAsync("/api/parties/KAZ/holidays?year=2030")).StatusCode);
    }

    [Theory]
    [InlineData("/api/meetings?layer=99", "layer")]
    [InlineData("/api/meetings?layer=1", "layer")]
    [InlineData("/api/meetings?layer=Leaders,Ministers", "layer")]
    [InlineData("/api/meetings?track=Nowhere", "track")]
    [InlineData("/api/meetings?status=7", "status")]
    [InlineData("/api/statements?kind=99", "kind")]
    public async Task An_enum_in_the_query_that_is_a_number_or_no_name_of_it_is_400(string path, string field) =>
        await InvalidAsync(await (await _app.Secretariat()).GetAsync(path), field);

    [Theory]
    [InlineData("/api/meetings?layer=Leaders")]
    [InlineData("/api/meetings?layer=Leaders&status=Planned")]
    [InlineData("/api/statements?kind=JointStatement")]
    public async Task An_enum_in_the_query_given_by_its_name_is_taken(string path) =>
        Assert.Equal(HttpStatusCode.OK, (await (await _app.Secretariat()).GetAsync(path)).StatusCode);

    public static TheoryData<string> RefusedCharacters => new() { "\u0000", "\u0007", "\u007F", "\u202E", "\u202A", "\u2066", "\u2069" };

    [Theory]
    [MemberData(nameof(RefusedCharacters))]
    public async Task Control_and_bidirectional_characters_in_names_and_texts_are_refused_naming_the_field(string c)
    {
        var secretariat = await _app.Secretariat();
        var code = $"Q{(char)('A' + (c[0] % 26))}{(char)('A' + (c[0] / 26 % 26))}";
        var party = new { code, kind = "Partner", nameEn = $"Evil{c}land", nameRu = "Тестландия", capital = "Testville", timeZone = "Europe/Berlin" };
        await InvalidAsync(await secretariat.PostAsJsonAsync("/api/parties", party), "nameEn");
        var parties = await secretariat.GetFromJsonAsync<JsonElement>("/api/parties");
        Assert.DoesNotContain(parties.EnumerateArray(), p => p.GetProperty("code").GetString() == code);

        var body = await StandardBodies.IdOf(secretariat, "Working Group on Water and Energy");
        var meeting = Requests.Meeting(body, new DateTimeOffset(2031, 3, 4, 10, 0, 0, TimeSpan.FromHours(5)));
        meeting["delegations"] = new[] { new { party = "KAZ", headName = $"Head{c}", headRank = "Minister", members = Array.Empty<string>() } };
        await InvalidAsync(await secretariat.PostAsJsonAsync("/api/meetings", meeting), "delegations[0].headName");
        meeting["delegations"] = new[] { new { party = "KAZ", headName = "Head", headRank = "Minister", members = new[] { "Adviser", $"Ad{c}viser" } } };
        await InvalidAsync(await secretariat.PostAsJsonAsync("/api/meetings", meeting), "delegations[0].members[1]");

        // Consensus and Statements refuse them the same way.
        await InvalidAsync(await secretariat.PostAsJsonAsync("/api/agenda-items",
            new { meetingId = Guid.NewGuid(), kind = "Decision", title = "Water", text = $"The ministers{c} agree.", targetLayer = "WorkingGroup" }), "text");
        await InvalidAsync(await secretariat.PostAsJsonAsync("/api/statements",
            new { meetingId = Guid.NewGuid(), kind = "JointStatement", title = $"Joint{c} statement", english = "Text", russian = "Текст" }), "title");
    }

    [Fact]
    public async Task Line_breaks_and_tabs_in_a_text_are_kept()
    {
        var secretariat = await _app.Secretariat();
        var response = await secretariat.PostAsJsonAsync("/api/parties",
            new { code = "QLB", kind = "Partner", nameEn = "Tab\tland", nameRu = "Тестландия", capital = "Test\r\nville", timeZone = "Europe/Berlin" });
        Assert.NotEqual(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("Contains U+", await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// A NUL in the request line or in a header is refused by Kestrel while it parses the request, before any of the
    /// application runs: its 400 has no body and no security headers, and nothing can change that (see README, Limits).
    /// An encoded %00 in the path is refused the same way; in a query it reaches the application (it is only searched for).
    /// </summary>
    [Fact]
    public async Task Kestrel_refuses_a_NUL_in_the_request_line_or_a_header_before_the_application_sees_it()
    {
        using var app = new SummitApp(kestrel: true);
        var address = app.Address;

        var inPath = await RawAsync(address, "GET /api/bodies\0 HTTP/1.1\r\nHost: localhost\r\n\r\n");
        Assert.StartsWith("HTTP/1.1 400", inPath);
        var inHeader = await RawAsync(address, "GET /public/statements HTTP/1.1\r\nHost: localhost\r\nX-Probe: a\0b\r\n\r\n");
        Assert.StartsWith("HTTP/1.1 400", inHeader);

        var encoded = await RawAsync(address, "GET /api/bodies%00 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        Assert.StartsWith("HTTP/1.1 400", encoded);
        Assert.Contains("Content-Length: 0", encoded);

        // In a query a NUL is only searched for, never stored: the application answers, with its headers.
        var inQuery = await RawAsync(address, "GET /public/statements?q=a%00b HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        Assert.StartsWith("HTTP/1.1 200", inQuery);
        Assert.Contains("X-Content-Type-Options: nosniff", inQuery);
    }

    private static async Task<string> RawAsync(Uri address, string request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(address.Host, address.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request));
        var buffer = new byte[16384];
        var read = 0;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            int n;
            while ((n = await stream.ReadAsync(buffer.AsMemory(read), timeout.Token)) > 0)
            {
                read += n;
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (IOException)
        {
        }

        return Encoding.UTF8.GetString(buffer, 0, read);
    }
}
