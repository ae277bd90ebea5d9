using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Statements.Tests;

/// <summary>Issue 5, section 1: drafts, versions, amendments and diffs, and the bad requests that change nothing.</summary>
public sealed class DraftingTests(HarnessAppFixture fixture) : StatementTestBase(fixture.App), IClassFixture<HarnessAppFixture>
{
    [Fact]
    public async Task The_preview_renders_and_cleans_Markdown_as_a_version_would_and_saves_nothing()
    {
        var secretariat = await Secretariat();
        var before = (await secretariat.GetFromJsonAsync<JsonElement>("/api/statements")).GetProperty("total").GetInt32();

        var preview = await secretariat.PostAsJsonAsync("/api/statements/preview",
            new { english = "The parties **agree**.<script>alert(1)</script>", russian = "Стороны *согласны*." });

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var html = await preview.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("<strong>agree</strong>", html.GetProperty("englishHtml").GetString());
        Assert.DoesNotContain("script", html.GetProperty("englishHtml").GetString());
        Assert.Contains("<em>согласны</em>", html.GetProperty("russianHtml").GetString());
        Assert.Equal(before, (await secretariat.GetFromJsonAsync<JsonElement>("/api/statements")).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.CreateClient().PostAsJsonAsync("/api/statements/preview", new { english = "x" })).StatusCode);
    }

    [Fact]
    public async Task Every_version_is_kept_and_any_two_are_compared_per_language()
    {
        var meeting = await MeetingAsync();
        var id = await DraftAsync(meeting.MeetingId, "Line one.\nLine two.\nLine three.", "Строка один.");
        var secretariat = await Secretariat();
        var v2 = await secretariat.PostAsJsonAsync($"/api/statements/{id}/versions", new { basedOn = 1, english = "Line one.\nLine 2, amended.\nLine three.", russian = "Строка один.\nСтрока два." });
        Assert.Equal(HttpStatusCode.Created, v2.StatusCode);

        var statement = await StatementAsync(id);
        Assert.Equal([1, 2], statement.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("number").GetInt32()));
        Assert.Equal("Line one.\nLine two.\nLine three.", (await secretariat.GetFromJsonAsync<JsonElement>($"/api/statements/{id}/versions/1")).GetProperty("english").GetString());

        var diff = await secretariat.GetFromJsonAsync<JsonElement>($"/api/statements/{id}/diff?from=1&to=2");
        var languages = diff.GetProperty("languages").EnumerateArray().ToDictionary(l => l.GetProperty("language").GetString()!);
        var en = languages["en"].GetProperty("lines").EnumerateArray().Select(l => (l.GetProperty("change").GetString(), l.GetProperty("text").GetString())).ToList();
        Assert.Contains(("Deleted", "Line two."), en);
        Assert.Contains(("Inserted", "Line 2, amended."), en);
        Assert.Contains(("Unchanged", "Line three."), en);
        Assert.Equal(1, languages["ru"].GetProperty("inserted").GetInt32());
        Assert.Equal(0, languages["ru"].GetProperty("deleted").GetInt32());

        await ProblemAsync(await secretariat.GetAsync($"/api/statements/{id}/diff?from=1"), HttpStatusCode.BadRequest);
        await ProblemAsync(await secretariat.GetAsync($"/api/statements/{id}/diff?from=1&to=9"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_accepted_amendment_makes_a_new_version_and_one_against_an_older_version_is_refused_and_stays_proposed()
    {
        var meeting = await MeetingAsync();
        var id = await DraftAsync(meeting.MeetingId, "Original.", "Оригинал.");
        var first = await (await Delegation("KGZ")).PostAsJsonAsync($"/api/statements/{id}/amendments", new { version = 1, english = "Amended by KGZ.", explanation = "Clearer." });
        var second = await (await Delegation("UZB")).PostAsJsonAsync($"/api/statements/{id}/amendments", new { version = 1, english = "Amended by UZB.", explanation = "Shorter." });
        var (firstBody, secondBody) = (await first.Content.ReadFromJsonAsync<JsonElement>(), await second.Content.ReadFromJsonAsync<JsonElement>());
        var (a1, a2) = (firstBody.GetProperty("id").GetGuid(), secondBody.GetProperty("id").GetGuid());
        Assert.Equal("KGZ", firstBody.GetProperty("party").GetString());

        var secretariat = await Secretariat();
        var accepted = await (await secretariat.PostAsync($"/api/statements/{id}/amendments/{a1}/accept", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, accepted.GetProperty("resultingVersion").GetInt32());
        var v2 = await secretariat.GetFromJsonAsync<JsonElement>($"/api/statements/{id}/versions/2");
        Assert.Equal("Amended by KGZ.", v2.GetProperty("english").GetString());
        Assert.Equal("Оригинал.", v2.GetProperty("russian").GetString()); // the language not amended is kept
        Assert.Equal(a1, v2.GetProperty("amendmentId").GetGuid());

        var stale = await ProblemAsync(await secretariat.PostAsync($"/api/statements/{id}/amendments/{a2}/accept", null), HttpStatusCode.Conflict);
        Assert.Equal("statement.stale-version", stale.GetProperty("code").GetString());
        Assert.Equal(2, stale.GetProperty("latestVersion").GetInt32());
        var amendments = await secretariat.GetFromJsonAsync<JsonElement>($"/api/statements/{id}/amendments");
        Assert.Equal(["Accepted", "Proposed"], amendments.EnumerateArray().Select(a => a.GetProperty("status").GetString()!));
        Assert.Equal(2, (await StatementAsync(id)).GetProperty("versions").GetArrayLength());

        await ProblemAsync(await secretariat.PostAsync($"/api/statements/{id}/amendments/{a1}/accept", null), HttpStatusCode.Conflict);
        var rejected = await secretariat.PostAsJsonAsync($"/api/statements/{id}/amendments/{a2}/reject", new { reason = "Against an old version." });
        Assert.Equal("Against an old version.", (await rejected.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Only_the_meetings_delegations_propose_amendments_and_only_the_secretariat_decides_them()
    {
        var meeting = await MeetingAsync();
        var id = await DraftAsync(meeting.MeetingId);
        var secretariat = await Secretariat();
        var kaz = await Delegation("KAZ");

        await ProblemAsync(await secretariat.PostAsJsonAsync($"/api/statements/{id}/amendments", new { version = 1, english = "x", explanation = "y" }), HttpStatusCode.Forbidden);
        var proposed = await (await kaz.PostAsJsonAsync($"/api/statements/{id}/amendments", new { version = 1, english = "KAZ text.", explanation = "Why." }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var amendment = proposed.GetProperty("id").GetGuid();
        await ProblemAsync(await kaz.PostAsync($"/api/statements/{id}/amendments/{amendment}/accept", null), HttpStatusCode.Forbidden);
        await ProblemAsync(await kaz.PostAsJsonAsync($"/api/statements/{id}/amendments/{amendment}/reject", new { reason = "No." }), HttpStatusCode.Forbidden);
        await ProblemAsync(await kaz.PostAsJsonAsync($"/api/statements/{id}/versions", new { basedOn = 1, english = "Mine." }), HttpStatusCode.Forbidden);

        var noReason = await ProblemAsync(await secretariat.PostAsJsonAsync($"/api/statements/{id}/amendments/{amendment}/reject", new { reason = "" }), HttpStatusCode.BadRequest);
        Assert.True(noReason.GetProperty("errors").TryGetProperty("reason", out _));
        var noText = await ProblemAsync(await kaz.PostAsJsonAsync($"/api/statements/{id}/amendments", new { version = 1, explanation = "Nothing." }), HttpStatusCode.BadRequest);
        Assert.True(noText.GetProperty("errors").TryGetProperty("text", out _));
        await ProblemAsync(await kaz.PostAsJsonAsync($"/api/statements/{id}/amendments", new { version = 7, english = "x", explanation = "y" }), HttpStatusCode.NotFound);

        var amendments = await secretariat.GetFromJsonAsync<JsonElement>($"/api/statements/{id}/amendments");
        Assert.Equal(["Proposed"], amendments.EnumerateArray().Select(a => a.GetProperty("status").GetString()!));
        Assert.Equal(1, (await StatementAsync(id)).GetProperty("versions").GetArrayLength());
    }

    [Fact]
    public async Task Bad_drafts_get_problem_details_and_create_nothing()
    {
        var meeting = await MeetingAsync();
        await DraftAsync(meeting.MeetingId);
        var secretariat = await Secretariat();

        var empty = await ProblemAsync(await secretariat.PostAsJsonAsync("/api/statements", new { meetingId = meeting.MeetingId, kind = "JointStatement", title = "T", english = "" }),
            HttpStatusCode.BadRequest);
        Assert.True(empty.GetProperty("errors").TryGetProperty("english", out _));
        var chairmans = await ProblemAsync(await secretariat.PostAsJsonAsync("/api/statements",
            new { meetingId = meeting.MeetingId, kind = "ChairmansStatement", title = "T", english = "Text." }), HttpStatusCode.BadRequest);
        Assert.Equal("statement.chairmans-statement-not-drafted", chairmans.GetProperty("code").GetString());
        await ProblemAsync(await secretariat.PostAsJsonAsync("/api/statements", new { meetingId = Guid.NewGuid(), kind = "Declaration", title = "T", english = "Text." }),
            HttpStatusCode.NotFound);
        await ProblemAsync(await (await Delegation("CHN")).PostAsJsonAsync("/api/statements",
            new { meetingId = meeting.MeetingId, kind = "Declaration", title = "T", english = "Text." }), HttpStatusCode.NotFound);
        var corrects = await ProblemAsync(await secretariat.PostAsJsonAsync("/api/statements",
            new { meetingId = meeting.MeetingId, kind = "JointStatement", title = "T", english = "Text.", correctsId = Guid.NewGuid() }), HttpStatusCode.BadRequest);
        Assert.Equal("statement.corrects-unpublished", corrects.GetProperty("code").GetString());
        var badJson = await secretariat.PostAsync("/api/statements", new StringContent("{\"meetingId\": 12", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, badJson.StatusCode);

        Assert.Equal(1, (await secretariat.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting.MeetingId}/statements")).GetArrayLength());

        // A delegation of the meeting drafts too.
        var byKgz = await (await Delegation("KGZ")).PostAsJsonAsync("/api/statements", new { meetingId = meeting.MeetingId, kind = "Communique", title = "T", english = "Text." });
        Assert.Equal(HttpStatusCode.Created, byKgz.StatusCode);
    }

    [Fact]
    public async Task Markdown_is_rendered_to_HTML_with_scripts_handlers_and_javascript_links_removed()
    {
        var meeting = await MeetingAsync();
        var id = await DraftAsync(meeting.MeetingId,
            "**Bold** and [a link](https://example.org)\n\n<script>alert('x')</script>\n\n[click](javascript:alert(1))\n\n<img src=\"x.png\" onerror=\"alert(1)\">");
        var html = (await StatementAsync(id)).GetProperty("current").GetProperty("englishHtml").GetString()!;
        Assert.Contains("<strong>Bold</strong>", html);
        Assert.Contains("href=\"https://example.org\"", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Adoption_freezes_the_version_the_item_names_and_nothing_changes_it_after()
    {
        var meeting = await MeetingAsync();
        var id = await DraftAsync(meeting.MeetingId, "First text.", "Первый текст.");
        var secretariat = await Secretariat();
        await secretariat.PostAsJsonAsync($"/api/statements/{id}/versions", new { basedOn = 1, english = "Second text." });

        await AdoptAsync(id, meeting.MeetingId, version: 1, bound: ["UZB", "KAZ", "TJK", "KGZ"]);
        var adopted = await WaitAsync(id, s => s.Status() == "Adopted", "adoption");
        var adoption = adopted.GetProperty("adoption");
        Assert.Equal(1, adoption.GetProperty("version").GetInt32());
        Assert.Equal(["KAZ", "KGZ", "TJK", "UZB"], adoption.GetProperty("signatories").EnumerateArray().Select(s => s.GetString()!));
        Assert.Equal(Drafting.StatementText.ContentHash("First text.", "Первый текст."), adoption.GetProperty("contentHash").GetString());
        Assert.Equal("First text.", adopted.GetProperty("current").GetProperty("english").GetString());

        var revise = await ProblemAsync(await secretariat.PostAsJsonAsync($"/api/statements/{id}/versions", new { basedOn = 2, english = "Third." }), HttpStatusCode.Conflict);
        Assert.Equal("statement.frozen", revise.GetProperty("code").GetString());
        await ProblemAsync(await (await Delegation("KAZ")).PostAsJsonAsync($"/api/statements/{id}/amendments", new { version = 2, english = "x", explanation = "y" }),
            HttpStatusCode.Conflict);

        // A second adoption message (another item, another version) changes nothing.
        await AdoptAsync(id, meeting.MeetingId, version: 2);
        await Eventually.Until(() => Task.FromResult(Harness.Consumed.Select<Contracts.AgendaItemAdopted>().Count(m => m.Context.Message.StatementId == id) == 2),
            what: "the second adoption consumed");
        var after = await StatementAsync(id);
        Assert.Equal(adoption.GetProperty("contentHash").GetString(), after.GetProperty("adoption").GetProperty("contentHash").GetString());
        Assert.Equal(1, after.GetProperty("adoption").GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task A_corrigendum_is_a_new_document_linked_to_the_statement_it_corrects_which_stays_as_published()
    {
        var meeting = await MeetingAsync();
        var original = await DraftAsync(meeting.MeetingId, "The meeting took place on 11 May.");
        await AdoptAsync(original, meeting.MeetingId);
        await ConcludeAsync(meeting.MeetingId);
        var published = await WaitAsync(original, s => s.Status() == "Published", "the original published");
        var slug = published.GetProperty("slug").GetString()!;

        var corrigendum = await DraftAsync(meeting.MeetingId, "For \"11 May\" read \"10 May\".", correctsId: original);
        await AdoptAsync(corrigendum, meeting.MeetingId);
        var correction = await WaitAsync(corrigendum, s => s.Status() == "Published", "the corrigendum published (its meeting has concluded)");
        Assert.Equal($"{slug}-corrigendum", correction.GetProperty("slug").GetString());

        var observer = await App.ClientAs(Summit.Anonymous);
        var first = await observer.GetFromJsonAsync<JsonElement>($"/public/statements/{slug}");
        Assert.Equal("The meeting took place on 11 May.", first.GetProperty("texts").GetProperty("en").GetProperty("markdown").GetString());
        Assert.Equal([$"{slug}-corrigendum"], first.GetProperty("correctedBy").EnumerateArray().Select(s => s.GetString()!));
        var second = await observer.GetFromJsonAsync<JsonElement>($"/public/statements/{slug}-corrigendum");
        Assert.Equal(slug, second.GetProperty("corrects").GetString());
    }

    [Fact]
    public async Task A_chairmans_statement_needs_a_failed_text_the_chair_and_is_issued_once()
    {
        var meeting = await MeetingAsync(); // chaired by TKM
        var id = await DraftAsync(meeting.MeetingId);
        var chair = await Delegation("TKM");
        var text = new { english = "The chair notes the discussion." };

        var early = await ProblemAsync(await chair.PostAsJsonAsync($"/api/statements/{id}/chairmans-statement", text), HttpStatusCode.Conflict);
        Assert.Equal("statement.no-chairmans-statement", early.GetProperty("code").GetString());

        await ConcludeAsync(meeting.MeetingId); // concluded without adopting it
        await WaitAsync(id, s => s.GetProperty("mayIssueChairmansStatement").GetBoolean(), "the conclusion seen");
        await ProblemAsync(await (await Delegation("KAZ")).PostAsJsonAsync($"/api/statements/{id}/chairmans-statement", text), HttpStatusCode.Forbidden);
        await ProblemAsync(await chair.PostAsJsonAsync($"/api/statements/{id}/chairmans-statement", new { english = "" }), HttpStatusCode.BadRequest);

        var issued = await chair.PostAsJsonAsync($"/api/statements/{id}/chairmans-statement", text);
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        var statement = await issued.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("ChairmansStatement", statement.GetProperty("kind").GetString());
        Assert.Equal(["TKM"], statement.GetProperty("adoption").GetProperty("signatories").EnumerateArray().Select(s => s.GetString()!));
        Assert.Equal("Published", statement.Status()); // its meeting has concluded: released at once

        await ProblemAsync(await (await Secretariat()).PostAsJsonAsync($"/api/statements/{id}/chairmans-statement", text), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Commitments_bind_only_signatories_and_need_evidence_for_each_report()
    {
        var meeting = await MeetingAsync();
        var id = await DraftAsync(meeting.MeetingId);
        await AdoptAsync(id, meeting.MeetingId, bound: ["KAZ", "KGZ", "TJK", "UZB"]);
        await WaitAsync(id, s => s.Status() == "Adopted", "adoption");
        var secretariat = await Secretariat();
        var due = DateTime.UtcNow.AddYears(1);

        var notSigned = await ProblemAsync(await secretariat.PostAsJsonAsync($"/api/statements/{id}/commitments", new { what = "W", parties = new[] { "TKM" }, dueUtc = due }),
            HttpStatusCode.BadRequest);
        Assert.Equal("commitment.not-a-party", notSigned.GetProperty("code").GetString());
        await ProblemAsync(await (await Delegation("KAZ")).PostAsJsonAsync($"/api/statements/{id}/commitments", new { what = "W", parties = new[] { "KAZ" }, dueUtc = due }),
            HttpStatusCode.Forbidden);
        var made = await (await secretariat.PostAsJsonAsync($"/api/statements/{id}/commitments", new { what = "Open a joint rail terminal", parties = new[] { "kaz", "UZB" }, dueUtc = due }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var commitment = made.GetProperty("id").GetGuid();
        Assert.Equal("NotStarted", made.GetProperty("status").GetString());
        Assert.Equal(["KAZ", "UZB"], made.GetProperty("parties").EnumerateArray().Select(p => p.GetString()!));

        await ProblemAsync(await secretariat.PutAsJsonAsync($"/api/commitments/{commitment}/status", new { status = "InProgress" }), HttpStatusCode.BadRequest);
        await ProblemAsync(await secretariat.PutAsJsonAsync($"/api/commitments/{commitment}/status", new { status = "Finished", evidence = "x" }), HttpStatusCode.BadRequest);
        var done = await secretariat.PutAsJsonAsync($"/api/commitments/{commitment}/status", new { status = "Done", evidence = "Terminal opened, see the ministry's notice." });
        Assert.Equal("Done", (await done.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        await ProblemAsync(await secretariat.PutAsJsonAsync($"/api/commitments/{commitment}/status", new { status = "InProgress", evidence = "x" }), HttpStatusCode.Conflict);

        var history = await secretariat.GetFromJsonAsync<JsonElement>($"/api/statements/{id}/commitments");
        Assert.Equal(["NotStarted", "Done"], history[0].GetProperty("updates").EnumerateArray().Select(u => u.GetProperty("status").GetString()!));
    }

    [Fact]
    public async Task A_commitment_sent_twice_with_one_idempotency_key_is_recorded_once_in_both_languages()
    {
        var meeting = await MeetingAsync();
        var id = await DraftAsync(meeting.MeetingId);
        await AdoptAsync(id, meeting.MeetingId, bound: Five);
        await WaitAsync(id, s => s.Status() == "Adopted", "adoption");
        var secretariat = await Secretariat();
        var due = new DateTime(2031, 6, 30, 0, 0, 0, DateTimeKind.Utc);
        var body = new { what = "Open a joint rail terminal", whatRu = "Открыть совместный железнодорожный терминал", parties = new[] { "KAZ", "UZB" }, dueUtc = due };
        var key = Guid.NewGuid().ToString();

        async Task<HttpResponseMessage> SendAsync(object content, string? idempotencyKey)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/statements/{id}/commitments") { Content = JsonContent.Create(content) };
            if (idempotencyKey is not null)
            {
                request.Headers.Add("Idempotency-Key", idempotencyKey);
            }

            return await secretariat.SendAsync(request);
        }

        var first = await SendAsync(body, key);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var made = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Открыть совместный железнодорожный терминал", made.GetProperty("whatRu").GetString());
        var again = await SendAsync(body, key);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(made.GetProperty("id").GetGuid(), (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());

        // Sent at the same instant: one gets in, the other answers with it.
        var together = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => SendAsync(body with { what = "Build a dry port" }, "same-instant-key")));
        Assert.All(together, r => Assert.True(r.IsSuccessStatusCode, r.StatusCode.ToString()));
        var ids = await Task.WhenAll(together.Select(async r => (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid()));
        Assert.Single(ids.Distinct());

        var reused = await ProblemAsync(await SendAsync(body with { what = "Something else" }, key), HttpStatusCode.Conflict);
        Assert.Equal("idempotency-key.reused", reused.GetProperty("code").GetString());
        var invalid = await ProblemAsync(await SendAsync(body, new string('k', 101)), HttpStatusCode.BadRequest);
        Assert.Equal("idempotency-key.invalid", invalid.GetProperty("code").GetString());

        // Without a key every submission records (the header is what makes a repeat harmless); an old row without Russian reads null.
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(new { what = "English only", parties = new[] { "KAZ" }, dueUtc = due }, null)).StatusCode);
        var all = await secretariat.GetFromJsonAsync<JsonElement>($"/api/statements/{id}/commitments");
        Assert.Equal(["Build a dry port", "English only", "Open a joint rail terminal"],
            all.EnumerateArray().Select(c => c.GetProperty("what").GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(JsonValueKind.Null, all.EnumerateArray().Single(c => c.GetProperty("what").GetString() == "English only").GetProperty("whatRu").ValueKind);
    }
}
