using System.Net;
using System.Text.RegularExpressions;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Web.Tests;

/// <summary>
/// Issue 22, point 7: the pen holder's desk and a delegation's draft reader offer a version's official text as a PDF.
/// The browser holds no token, so the web app fetches it from Statements as the signed-in person: those who may read
/// the draft get it, a delegation that does not sit in the meeting is told it does not exist, an anonymous reader is
/// sent to sign in.
/// </summary>
public sealed partial class DraftPdfTests : IDisposable
{
    private readonly SummitApp _app = new();

    /// <summary>Signs in on the development form as the secretariat or as a party's delegation; the client keeps the session cookie.</summary>
    private async Task<HttpClient> SignedInAsync(string who)
    {
        var browser = _app.CreateClient();
        var form = await browser.GetStringAsync("/signin");
        var token = Antiforgery().Match(form).Groups[1].Value;
        var response = await browser.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signin", ["__RequestVerificationToken"] = token, ["Input.As"] = who, ["Input.Name"] = $"Tester {who}",
        }));
        Assert.True(response.IsSuccessStatusCode, $"signed in as {who}: {(int)response.StatusCode}");
        return browser;
    }

    [Fact]
    public async Task The_desk_links_each_version_s_PDF_and_the_web_app_serves_it_to_those_who_may_read_the_draft_only()
    {
        var summit = new Summit(_app.ClientAs);
        var meeting = await summit.MeetingAsync("Working Group on Water and Energy", new DateTimeOffset(2033, 4, 5, 10, 0, 0, TimeSpan.FromHours(5)));
        var id = (await StatementsApi.DraftAsync(await _app.Secretariat(), meeting, "JointStatement", "Statement on Glaciers",
            "The parties will monitor glaciers.", "Стороны будут наблюдать за ледниками.")).GetProperty("id").GetGuid();
        var path = $"/drafts/{id}/versions/1.pdf";

        var secretariat = await SignedInAsync("Secretariat");
        Assert.Contains($"href=\"{path}\"", await secretariat.GetStringAsync($"/secretariat/statements/{id}"));
        foreach (var reader in new[] { secretariat, await SignedInAsync("KAZ") })
        {
            var response = await reader.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("inline", response.Content.Headers.ContentDisposition?.DispositionType);
            Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString((await response.Content.ReadAsByteArrayAsync())[..5]));
        }

        var outsider = await (await SignedInAsync("USA")).GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, outsider.StatusCode);
        Assert.Equal("application/problem+json", outsider.Content.Headers.ContentType?.MediaType);

        using var anonymous = _app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var refused = await anonymous.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/signin", refused.Headers.Location!.ToString());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();

    public void Dispose() => _app.Dispose();
}
