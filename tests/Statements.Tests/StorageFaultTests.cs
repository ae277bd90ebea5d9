using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SummitCoordination.BuildingBlocks.Persistence;
using SummitCoordination.Statements.Persistence;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Statements.Tests;

/// <summary>
/// Makes Statements' database refuse writes as a full disk does (SQLite error 13), or fail them for a reason that does
/// not pass, while it is switched on. With <see cref="ConsumersOnly"/> only a consumer applying a message is refused.
/// </summary>
public sealed class StorageFault : SaveChangesInterceptor
{
    public volatile bool DiskFull;
    public volatile bool Broken;

    private int _refusedMessages;

    public bool ConsumersOnly { get; init; }

    /// <summary>How many times a consumer applying a message was refused: what a test waits for instead of a sleep.</summary>
    public int RefusedMessages => Volatile.Read(ref _refusedMessages);

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        var applying = eventData.Context!.ChangeTracker.Entries<InboxMessage>().Any(e => e.State == EntityState.Added);
        if (!ConsumersOnly || applying)
        {
            if (DiskFull)
            {
                if (applying)
                {
                    Interlocked.Increment(ref _refusedMessages);
                }

                throw new SqliteException("SQLite Error 13: 'database or disk is full'.", 13);
            }

            if (Broken && applying)
            {
                throw new InvalidOperationException("A rule this message breaks, which no retry will mend.");
            }
        }

        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }
}

/// <summary>Issue 9, section 9: a full disk or a broken message loses nothing that was accepted.</summary>
public sealed class StorageFaultTests
{
    private static Dictionary<string, string?> Retry(string intervals, string parked = "00:00:01") =>
        intervals.Split(',').Select((v, i) => ($"Messaging:Retry:Intervals:{i}", v))
            .Append(("Messaging:Retry:ParkedDelays:0", parked))
            .ToDictionary(kv => kv.Item1, kv => (string?)kv.Item2);

    private static Action<IServiceCollection> Inject(StorageFault fault) =>
        services => services.ConfigureDbContext<SqliteStatementsDbContext>(o => o.AddInterceptors(fault));

    private static async Task<Guid> MeetingAsync(HttpClient secretariat, int day) =>
        (await MeetingsApi.CreateAsync(secretariat, "Working Group on Water and Energy", new DateTimeOffset(2033, 3, day, 10, 0, 0, TimeSpan.FromHours(5)))).Id();

    /// <summary>The catalogue's held meetings (seeded at start) reach Statements before a test switches its fault on.</summary>
    private static async Task SeedDeliveredAsync(SummitApp app, HttpClient secretariat)
    {
        var held = (await secretariat.GetFromJsonAsync<JsonElement>("/api/meetings?status=Concluded&to=2026-01-01T00:00:00Z")).GetProperty("items").EnumerateArray()
            .Select(m => m.GetProperty("id").GetGuid()).ToList();
        foreach (var id in held)
        {
            await KnownToStatementsAsync(app, secretariat, id, "a seeded held meeting");
        }
    }

    private static async Task KnownToStatementsAsync(SummitApp app, HttpClient secretariat, Guid meeting, string what)
    {
        try
        {
            await Eventually.Until(async () => (await secretariat.GetAsync($"/api/meetings/{meeting}/statements")).StatusCode == HttpStatusCode.OK,
                TimeSpan.FromSeconds(60), what);
        }
        catch (TimeoutException timeout)
        {
            // Says why: the messages Statements holds as parked or failed, with their last error.
            var held = await secretariat.GetStringAsync("/api/operations/statements/messages");
            throw new TimeoutException($"{timeout.Message}; meeting {meeting}; messages held by Statements: {held}; the host logged:{Environment.NewLine}{app.Logs.Tail()}", timeout);
        }
    }

    [Fact]
    public async Task Meetings_accepted_while_the_disk_is_full_reach_Statements_once_space_returns_and_writes_meanwhile_answer_503()
    {
        var fault = new StorageFault();
        using var app = new SummitApp(settings: Retry("00:00:00.200,00:00:00.400,00:00:00.800,00:00:01.600,00:00:03.200,00:00:06.400"), services: Inject(fault));
        var secretariat = await app.Secretariat();
        var before = await MeetingAsync(secretariat, 1);
        await KnownToStatementsAsync(app, secretariat, before, "the first meeting");

        fault.DiskFull = true;
        var first = await MeetingAsync(secretariat, 2);
        var second = await MeetingAsync(secretariat, 3);
        var refused = await secretariat.PostAsJsonAsync("/api/statements",
            new { meetingId = before, kind = "JointStatement", title = "Written on a full disk", english = "Text." });
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(30), refused.Headers.RetryAfter?.Delta);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("storage.unavailable", problem.GetProperty("code").GetString());
        // The consumers have met the full disk (twice: both meetings, or one of them retried) and applied nothing.
        await Eventually.Until(() => Task.FromResult(fault.RefusedMessages >= 2), TimeSpan.FromSeconds(30), "the full disk refusing the messages");
        Assert.Equal(HttpStatusCode.NotFound, (await secretariat.GetAsync($"/api/meetings/{first}/statements")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await secretariat.GetAsync($"/api/meetings/{second}/statements")).StatusCode);

        fault.DiskFull = false;
        await KnownToStatementsAsync(app, secretariat, first, "the first meeting accepted on a full disk");
        await KnownToStatementsAsync(app, secretariat, second, "the second meeting accepted on a full disk");
        Assert.Equal(HttpStatusCode.Created, (await secretariat.PostAsJsonAsync("/api/statements",
            new { meetingId = before, kind = "JointStatement", title = "Written once space returned", english = "Text." })).StatusCode);

        await using var db = new SqliteConnection($"Data Source={Path.Combine(app.DataDirectory, "statements.db")};Mode=ReadOnly");
        await db.OpenAsync();
        foreach (var meeting in new[] { first, second })
        {
            await using var count = db.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM Meetings WHERE Id = '{meeting.ToString().ToUpperInvariant()}'";
            Assert.Equal(1, Convert.ToInt32(await count.ExecuteScalarAsync()));
        }
    }

    [Fact]
    public async Task Readiness_is_503_naming_the_store_while_its_write_lock_is_held_and_200_again_after()
    {
        using var app = new SummitApp();
        var probe = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await probe.GetAsync("/health/ready")).StatusCode);

        await using (var holder = new SqliteConnection($"Data Source={Path.Combine(app.DataDirectory, "statements.db")}"))
        {
            await holder.OpenAsync();
            await using (var begin = holder.CreateCommand())
            {
                begin.CommandText = "BEGIN EXCLUSIVE;";
                await begin.ExecuteNonQueryAsync();
            }

            var ready = await probe.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            var report = await ready.Content.ReadFromJsonAsync<JsonElement>();
            var store = report.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "statements-db");
            Assert.Equal("Unhealthy", store.GetProperty("status").GetString());
            Assert.Contains("cannot write", store.GetProperty("description").GetString());
            Assert.Equal(HttpStatusCode.OK, (await probe.GetAsync("/health/live")).StatusCode);

            await using var rollback = holder.CreateCommand();
            rollback.CommandText = "ROLLBACK;";
            await rollback.ExecuteNonQueryAsync();
        }

        Assert.Equal(HttpStatusCode.OK, (await probe.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task A_message_that_outlasts_the_quick_retries_is_parked_and_delivered_by_a_persistent_deadline_after_a_restart()
    {
        using var data = new TempDirectory();
        var settings = Retry("00:00:00.050,00:00:00.100", parked: "00:00:01");
        Guid meeting = Guid.Empty;
        await Task.Run(async () =>
        {
            var fault = new StorageFault { ConsumersOnly = true };
            using var first = new SummitApp(dataDirectory: data.Path, settings: settings, services: Inject(fault));
            var secretariat = await first.Secretariat();
            await first.PauseTimersAsync();
            await SeedDeliveredAsync(first, secretariat);
            fault.DiskFull = true;
            meeting = await MeetingAsync(secretariat, 7);
            var parked = await Eventually.Until(() => secretariat.GetFromJsonAsync<JsonElement>("/api/operations/statements/messages"),
                list => list.EnumerateArray().Any(m => m.GetProperty("consumer").GetString() == "MeetingScheduledConsumer" && m.GetProperty("status").GetString() == "Parked"),
                TimeSpan.FromSeconds(30), "the message parked");
            Assert.Contains("disk is full", parked.EnumerateArray().First().GetProperty("lastError").GetString());
        });

        // A new process on the same data, the disk free again: the parked message's deadline sends it again.
        using var second = new SummitApp(dataDirectory: data.Path, settings: settings);
        var again = await second.Secretariat();
        await KnownToStatementsAsync(second, again, meeting, "the parked meeting after the restart");
        await Eventually.Until(() => again.GetFromJsonAsync<JsonElement>("/api/operations/statements/messages"), list => list.GetArrayLength() == 0,
            TimeSpan.FromSeconds(30), "no message left parked");
    }

    [Fact]
    public async Task A_message_that_fails_for_a_lasting_reason_is_recorded_counted_in_readiness_and_re_driven_by_an_operator()
    {
        var fault = new StorageFault { ConsumersOnly = true };
        // A lasting failure is recorded at its first attempt whatever the intervals; these only give the seeded meetings,
        // delivered before the fault is switched on, room for a transient hiccup on a loaded machine.
        using var app = new SummitApp(settings: Retry("00:00:00.100,00:00:00.400,00:00:01.600"), services: Inject(fault));
        var secretariat = await app.Secretariat();
        await SeedDeliveredAsync(app, secretariat);
        fault.Broken = true;
        var meeting = await MeetingAsync(secretariat, 9);
        var failed = await Eventually.Until(() => secretariat.GetFromJsonAsync<JsonElement>("/api/operations/statements/messages"),
            list => list.EnumerateArray().Any(m => m.GetProperty("status").GetString() == "Failed"), TimeSpan.FromSeconds(30), "the message recorded as failed");
        var row = failed.EnumerateArray().Single(m => m.GetProperty("status").GetString() == "Failed");
        Assert.Contains("no retry will mend", row.GetProperty("lastError").GetString());
        Assert.Equal(1, row.GetProperty("attempts").GetInt32());

        var ready = await app.CreateClient().GetFromJsonAsync<JsonElement>("/health/ready");
        var messages = ready.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "statements-messages");
        Assert.Equal(1, messages.GetProperty("data").GetProperty("failed").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.Delegation("KAZ")).GetAsync("/api/operations/statements/messages")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await secretariat.GetAsync("/api/operations/nowhere/messages")).StatusCode);

        fault.Broken = false;
        Assert.Equal(HttpStatusCode.OK, (await secretariat.PostAsync($"/api/operations/statements/messages/{row.GetProperty("id").GetGuid()}/redrive", null)).StatusCode);
        await KnownToStatementsAsync(app, secretariat, meeting, "the re-driven meeting");
        await Eventually.Until(() => secretariat.GetFromJsonAsync<JsonElement>("/api/operations/statements/messages"), list => list.GetArrayLength() == 0,
            TimeSpan.FromSeconds(30), "the failed message gone once applied");
    }
}
