using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SummitCoordination.BuildingBlocks.Deadlines;
using SummitCoordination.Contracts;
using SummitCoordination.Statements.Commitments;
using SummitCoordination.Statements.Publication;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Statements.Tests;

/// <summary>Issue 5, section 4: release at the meeting's conclusion, or at an embargo fired by a persistent job.</summary>
[Trait("Category", "Timers")]
public sealed class ReleaseTests(HarnessAppFixture fixture) : StatementTestBase(fixture.App), IClassFixture<HarnessAppFixture>
{
    [Fact]
    public async Task An_adopted_statement_waits_for_its_meeting_to_conclude_before_an_observer_can_read_it()
    {
        var meeting = await MeetingAsync();
        var id = await DraftAsync(meeting.MeetingId, "Released at the close.");
        await AdoptAsync(id, meeting.MeetingId);
        await WaitAsync(id, s => s.Status() == "Adopted", "adoption");

        var observer = await App.ClientAs(Summit.Anonymous);
        var before = await observer.GetFromJsonAsync<JsonElement>("/public/statements?q=released%20at%20the%20close");
        Assert.Equal(0, before.GetProperty("total").GetInt32());
        var listTag = (await observer.GetAsync("/public/statements")).Headers.ETag!;

        await ConcludeAsync(meeting.MeetingId);
        var published = await WaitAsync(id, s => s.Status() == "Published", "publication at the conclusion");
        var after = await observer.GetFromJsonAsync<JsonElement>("/public/statements?q=released%20at%20the%20close");
        Assert.Equal([published.GetProperty("slug").GetString()], after.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()));
        Assert.Single(Harness.Published.Select<StatementPublished>(), m => m.Context.Message.StatementId == id);
        var conditional = new HttpRequestMessage(HttpMethod.Get, "/public/statements");
        conditional.Headers.IfNoneMatch.Add(listTag);
        Assert.Equal(HttpStatusCode.OK, (await observer.SendAsync(conditional)).StatusCode); // the first page has a new statement: a new tag
    }

    [Fact]
    public async Task An_embargo_holds_the_statement_past_the_conclusion_until_its_time_then_the_job_publishes_it()
    {
        var meeting = await MeetingAsync();
        var id = await DraftAsync(meeting.MeetingId, "Under embargo.");
        var secretariat = await Secretariat();
        await ProblemAsync(await (await Delegation("KAZ")).PutAsJsonAsync($"/api/statements/{id}/embargo", new { releaseAtUtc = DateTime.UtcNow.AddHours(1) }),
            HttpStatusCode.Forbidden);
        await ProblemAsync(await secretariat.PutAsJsonAsync($"/api/statements/{id}/embargo", new { }), HttpStatusCode.BadRequest);

        // Timers paused while the held state is checked, so a slow machine cannot let the embargo end first.
        await App.PauseTimersAsync();
        var release = DateTime.UtcNow.AddSeconds(2);
        (await secretariat.PutAsJsonAsync($"/api/statements/{id}/embargo", new { releaseAtUtc = release })).EnsureSuccessStatusCode();
        await AdoptAsync(id, meeting.MeetingId);
        await WaitAsync(id, s => s.Status() == "Adopted", "adoption");
        await ConcludeAsync(meeting.MeetingId);
        await Eventually.Until(() => Task.FromResult(Harness.Consumed.Select<MeetingConcluded>().Any(m => m.Context.Message.MeetingId == meeting.MeetingId)),
            what: "the conclusion consumed");
        var held = await StatementAsync(id);
        Assert.Equal("Adopted", held.Status());

        await App.ResumeTimersAsync();
        var published = await WaitAsync(id, s => s.Status() == "Published", "publication at the embargo's end");
        Assert.True(published.GetProperty("publishedUtc").GetDateTime() >= release.AddMilliseconds(-1));
        await ProblemAsync(await secretariat.PutAsJsonAsync($"/api/statements/{id}/embargo", new { releaseAtUtc = DateTime.UtcNow.AddDays(1) }), HttpStatusCode.Conflict);
    }
}

/// <summary>The embargo and a commitment's due date are persistent jobs: both fire after the service restarted.</summary>
[Trait("Category", "Timers")]
public sealed class ReleaseRestartTests
{
    [Fact]
    public async Task An_embargo_and_a_due_date_set_before_a_restart_fire_in_the_new_process()
    {
        using var data = new TempDirectory();
        var meeting = Events.MeetingScheduled();
        var statement = Guid.Empty;
        var commitment = Guid.Empty;
        // In its own execution context: resolving the first host's harness sets MassTransit's ambient log context,
        // which must not flow into the second host after the first is disposed.
        await Task.Run(async () =>
        {
            using var first = new SummitApp(harness: true, dataDirectory: data.Path);
            await first.PauseTimersAsync();
            var test = new StatementDriver(first);
            await test.Harness.Bus.Publish(meeting);
            statement = await test.DraftAsync(meeting.MeetingId, "Released after a restart.");
            var secretariat = await first.Secretariat();
            await test.Harness.Bus.Publish(new AgendaItemAdopted(Guid.NewGuid(), meeting.MeetingId, ItemKind.JointStatement, "Adoption", statement, null, ["KAZ", "UZB"], [], DateTime.UtcNow));
            await test.WaitAsync(statement, s => s.Status() == "Adopted", "adoption");

            // Both times are set once the statement is held, with this host's timers paused: however slow the machine,
            // neither can fire before the restart (an embargo already over at adoption would publish at once).
            var release = DateTime.UtcNow.AddSeconds(6);
            (await secretariat.PutAsJsonAsync($"/api/statements/{statement}/embargo", new { releaseAtUtc = release })).EnsureSuccessStatusCode();
            var made = await (await secretariat.PostAsJsonAsync($"/api/statements/{statement}/commitments",
                new { what = "Sign the border agreement", parties = new[] { "KAZ", "UZB" }, dueUtc = release })).Content.ReadFromJsonAsync<JsonElement>();
            commitment = made.GetProperty("id").GetGuid();
        });

        using var second = new SummitApp(harness: true, dataDirectory: data.Path);
        var again = new StatementDriver(second);
        var published = await again.WaitAsync(statement, s => s.Status() == "Published", "publication by the restored job");
        var observer = await second.ClientAs(Summit.Anonymous);
        var page = await Eventually.Until(() => observer.GetFromJsonAsync<JsonElement>($"/public/statements/{published.GetProperty("slug").GetString()}"),
            s => s.GetProperty("commitments")[0].GetProperty("status").GetString() == "Overdue", TimeSpan.FromSeconds(30), "the commitment overdue");
        Assert.Equal(commitment, page.GetProperty("commitments")[0].GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task An_embargo_and_a_due_date_whose_jobs_were_lost_in_a_crash_are_restored_at_start()
    {
        using var data = new TempDirectory();
        var statement = Guid.Empty;
        await Task.Run(async () =>
        {
            using var first = new SummitApp(harness: true, dataDirectory: data.Path);
            await first.PauseTimersAsync();
            var test = new StatementDriver(first);
            var meeting = Events.MeetingScheduled();
            await test.Harness.Bus.Publish(meeting);
            statement = await test.DraftAsync(meeting.MeetingId, "Restored.");
            var secretariat = await first.Secretariat();
            await test.AdoptAsync(statement, meeting.MeetingId);
            await test.WaitAsync(statement, s => s.Status() == "Adopted", "adoption");
            (await secretariat.PutAsJsonAsync($"/api/statements/{statement}/embargo", new { releaseAtUtc = DateTime.UtcNow.AddSeconds(3) })).EnsureSuccessStatusCode();
            var made = await (await secretariat.PostAsJsonAsync($"/api/statements/{statement}/commitments",
                new { what = "Ratify", parties = new[] { "KAZ" }, dueUtc = DateTime.UtcNow.AddSeconds(3) })).Content.ReadFromJsonAsync<JsonElement>();

            // The crash: both changes committed, neither job scheduled.
            var deadlines = first.Services.GetRequiredKeyedService<IDeadlines>("Statements");
            await deadlines.ClearAsync(EmbargoJob.Key(statement), CancellationToken.None);
            await deadlines.ClearAsync(CommitmentDueJob.Key(made.GetProperty("id").GetGuid()), CancellationToken.None);
        });

        using var second = new SummitApp(harness: true, dataDirectory: data.Path);
        var again = new StatementDriver(second);
        var published = await again.WaitAsync(statement, s => s.Status() == "Published", "publication by the restored embargo job");
        var observer = await second.ClientAs(Summit.Anonymous);
        await Eventually.Until(() => observer.GetFromJsonAsync<JsonElement>($"/public/statements/{published.GetProperty("slug").GetString()}"),
            s => s.GetProperty("commitments")[0].GetProperty("status").GetString() == "Overdue", TimeSpan.FromSeconds(30), "the restored due date");
    }
}
