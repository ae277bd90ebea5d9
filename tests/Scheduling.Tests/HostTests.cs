using System.Net;
using System.Text.Json;
using System.Net.Http.Json;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Scheduling.Tests;

public sealed class HostTests : IClassFixture<SummitAppFixture>
{
    private readonly SummitApp _app;

    public HostTests(SummitAppFixture fixture) => _app = fixture.App;

    [Fact]
    public async Task Liveness_and_readiness_answer_healthy()
    {
        var client = _app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var report = await ready.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Healthy", report.GetProperty("status").GetString());
        var checks = report.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToList();
        Assert.Contains("scheduling-db", checks);
        Assert.Contains("statements-db", checks);
        Assert.Contains(checks, c => c!.Contains("masstransit", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_the_endpoints_and_the_reference_page_is_served()
    {
        var client = _app.CreateClient();
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/meetings", out _));
        Assert.True(paths.TryGetProperty("/api/meetings/{id}/agenda", out _));
        Assert.True(paths.TryGetProperty("/api/bodies", out _));
        Assert.True(paths.TryGetProperty("/api/statements/{id}/amendments", out _));
        Assert.True(paths.TryGetProperty("/public/statements/{slug}", out _));
        Assert.True(paths.TryGetProperty("/public/feed.atom", out _));

        var scalar = await client.GetAsync("/scalar");
        Assert.Equal(HttpStatusCode.OK, scalar.StatusCode);
        Assert.Contains("text/html", scalar.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task A_dev_token_request_without_a_valid_role_is_400_with_the_field_named()
    {
        var response = await _app.CreateClient().PostAsJsonAsync("/dev/tokens", new { role = "Observer" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("role", out _));
    }

    [Fact]
    public async Task A_delegation_token_needs_its_party()
    {
        var response = await _app.CreateClient().PostAsJsonAsync("/dev/tokens", new { role = "Delegation" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_forged_token_is_401()
    {
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoiU2VjcmV0YXJpYXQifQ.c2lnbmF0dXJl");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/bodies")).StatusCode);
    }
}
