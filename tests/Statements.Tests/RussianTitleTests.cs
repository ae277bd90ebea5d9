using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Statements.Tests;

/// <summary>
/// Issue 19, point 13: the drafting form asks for a Russian title. The API takes it as <c>titleRu</c>; a caller that
/// does not send one keeps the old behaviour (the Russian text's first "# " heading stands for it); a bad value is
/// refused with the field named, and nothing is drafted.
/// </summary>
public sealed class RussianTitleTests(HarnessAppFixture fixture) : StatementTestBase(fixture.App), IClassFixture<HarnessAppFixture>
{
    private async Task<HttpResponseMessage> PostDraftAsync(Guid meetingId, object? titleRu, string? russian = "Текст заявления.")
    {
        var secretariat = await Secretariat();
        HttpResponseMessage? response = null;
        await Eventually.Until(async () =>
            {
                response = await secretariat.PostAsJsonAsync("/api/statements",
                    new { meetingId, kind = "JointStatement", title = "Joint Statement on Water", english = "The parties share river data.", russian, titleRu });
                return response.StatusCode != HttpStatusCode.NotFound;
            },
            TimeSpan.FromSeconds(30), "Statements to know the meeting");
        return response!;
    }

    [Fact]
    public async Task The_Russian_title_given_is_kept_and_read_on_the_draft_and_on_the_public_statement_and_list()
    {
        var meeting = await MeetingAsync();
        // The Russian text has a heading of its own: the title given, not the heading, is the statement's Russian title.
        var draft = await StatementsApi.Created(await PostDraftAsync(meeting.MeetingId, "  Совместное заявление о воде  ", "# Вода\n\nСтороны обмениваются данными."));
        var id = draft.GetProperty("id").GetGuid();
        Assert.Equal("Совместное заявление о воде", draft.GetProperty("titleRu").GetString());
        Assert.Equal("Joint Statement on Water", draft.GetProperty("title").GetString());
        Assert.Equal("Совместное заявление о воде", (await StatementAsync(id)).GetProperty("titleRu").GetString());
        var listed = (await (await Secretariat()).GetFromJsonAsync<JsonElement>($"/api/statements?meetingId={meeting.MeetingId}")).GetProperty("items")[0];
        Assert.Equal("Совместное заявление о воде", listed.GetProperty("titleRu").GetString());
        var ofMeeting = (await (await Secretariat()).GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting.MeetingId}/statements"))[0];
        Assert.Equal("Совместное заявление о воде", ofMeeting.GetProperty("titleRu").GetString());

        await AdoptAsync(id, meeting.MeetingId);
        await ConcludeAsync(meeting.MeetingId);
        var slug = (await WaitAsync(id, s => s.Status() == "Published", "publication at the close")).GetProperty("slug").GetString();
        var observer = await App.ClientAs(Summit.Anonymous);
        var published = await observer.GetFromJsonAsync<JsonElement>($"/public/statements/{slug}");
        Assert.Equal("Совместное заявление о воде", published.GetProperty("titleRu").GetString());
        Assert.Equal("Joint Statement on Water", published.GetProperty("title").GetString());
        var found = await observer.GetFromJsonAsync<JsonElement>($"/public/statements?meetingId={meeting.MeetingId}");
        Assert.Equal("Совместное заявление о воде", found.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("slug").GetString() == slug)
            .GetProperty("titleRu").GetString());

        // The commitment tracker names the statement in both languages, so the Russian page can say its Russian title.
        var what = $"Open a river-data portal {Guid.NewGuid():N}";
        (await (await Secretariat()).PostAsJsonAsync($"/api/statements/{id}/commitments",
            new { what, parties = new[] { "KAZ" }, dueUtc = DateTime.UtcNow.AddYears(1) })).EnsureSuccessStatusCode();
        JsonElement row = default;
        await Eventually.Until(async () =>
            {
                var tracked = await observer.GetFromJsonAsync<JsonElement>("/public/commitments?party=KAZ");
                row = tracked.GetProperty("commitments").EnumerateArray().FirstOrDefault(c => c.GetProperty("commitment").GetProperty("what").GetString() == what);
                return row.ValueKind == JsonValueKind.Object;
            },
            TimeSpan.FromSeconds(30), "the commitment on the public tracker");
        Assert.Equal(slug, row.GetProperty("statementSlug").GetString());
        Assert.Equal("Joint Statement on Water", row.GetProperty("statementTitle").GetString());
        Assert.Equal("Совместное заявление о воде", row.GetProperty("statementTitleRu").GetString());
    }

    [Fact]
    public async Task Without_a_Russian_title_the_Russian_text_s_first_heading_stands_for_it_as_before_and_follows_the_latest_version()
    {
        var meeting = await MeetingAsync();
        var headed = await StatementsApi.Created(await PostDraftAsync(meeting.MeetingId, null, "# Заявление о реках\n\nСтороны обмениваются данными."));
        Assert.Equal("Заявление о реках", headed.GetProperty("titleRu").GetString());
        var id = headed.GetProperty("id").GetGuid();
        var secretariat = await Secretariat();
        (await secretariat.PostAsJsonAsync($"/api/statements/{id}/versions",
            new { basedOn = 1, english = "The parties share river data daily.", russian = "# Заявление о реках и озёрах\n\nЕжедневно." })).EnsureSuccessStatusCode();
        Assert.Equal("Заявление о реках и озёрах", (await StatementAsync(id)).GetProperty("titleRu").GetString());

        // No title given and no heading (or no Russian text at all): there is no Russian title, and the pages say the English one.
        var plain = await StatementsApi.Created(await PostDraftAsync(meeting.MeetingId, null, "Стороны обмениваются данными.\n# Не первая строка"));
        Assert.Equal(JsonValueKind.Null, plain.GetProperty("titleRu").ValueKind);
        var english = await StatementsApi.Created(await PostDraftAsync(meeting.MeetingId, null, russian: null));
        Assert.Equal(JsonValueKind.Null, english.GetProperty("titleRu").ValueKind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Joint Statement on Water")]
    [InlineData("long")]
    public async Task A_Russian_title_that_is_empty_not_in_Russian_or_too_long_is_refused_with_the_field_named_and_nothing_is_drafted(string titleRu)
    {
        if (titleRu == "long")
        {
            titleRu = new string('я', 301);
        }

        var meeting = await MeetingAsync();
        // Statements knows the meeting once a first draft goes in; the refused one must then add nothing.
        await StatementsApi.Created(await PostDraftAsync(meeting.MeetingId, "Заявление"));
        var secretariat = await Secretariat();
        var before = (await secretariat.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting.MeetingId}/statements")).GetArrayLength();

        var problem = await ProblemAsync(await PostDraftAsync(meeting.MeetingId, titleRu), HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors").EnumerateObject().ToDictionary(e => e.Name, e => e.Value.EnumerateArray().Select(m => m.GetString()!).ToList());
        Assert.Equal(["titleRu"], errors.Keys);
        Assert.Contains(errors["titleRu"], m => m.Contains(titleRu.Length > 300 ? "300" : "Cyrillic", StringComparison.Ordinal));
        Assert.Equal(before, (await secretariat.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting.MeetingId}/statements")).GetArrayLength());
    }

    [Fact]
    public async Task A_Russian_title_sent_as_something_other_than_text_is_refused()
    {
        var meeting = await MeetingAsync();
        await StatementsApi.Created(await PostDraftAsync(meeting.MeetingId, "Заявление"));
        var problem = await ProblemAsync(await PostDraftAsync(meeting.MeetingId, new[] { "Заявление" }), HttpStatusCode.BadRequest);
        Assert.Equal("request.invalid", problem.GetProperty("code").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("titleRu", out _), problem.GetRawText());
    }
}
