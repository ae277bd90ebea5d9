using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SummitCoordination.Statements.Persistence;
using SummitCoordination.Statements.Publication;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Integration.Tests;

/// <summary>
/// Issue 21, point 1: PostgreSQL run for real. The embedded host on three fresh databases of the private cluster the
/// test command starts: each service migrates its own at start (Quartz's job store included), the stories run through
/// the HTTP API as on SQLite, deadlines fire from the PostgreSQL job store, also in a host started after the one that
/// set them, and slugs taken at once never collide.
/// </summary>
public sealed class PostgreSqlTests : IClassFixture<PostgreSqlTests.World>
{
    public sealed class World : IDisposable
    {
        public PostgreSqlDatabases Databases { get; } = new();

        public SummitApp App { get; }

        public World() => App = new SummitApp(settings: Databases.Settings());

        public Summit Summit => new(App.ClientAs);

        public void Dispose()
        {
            App.Dispose();
            Databases.Dispose();
        }
    }

    private readonly World _world;

    public PostgreSqlTests(World world) => _world = world;

    [Fact]
    public async Task Readiness_names_each_services_PostgreSQL_database_and_it_is_writable()
    {
        var ready = await _world.App.CreateClient().GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var checks = (await ready.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("checks").EnumerateArray()
            .ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("status").GetString());
        foreach (var service in PostgreSqlDatabases.Services)
        {
            Assert.Equal("Healthy", checks[$"{service.ToLowerInvariant()}-postgresql"]);
            Assert.Equal("Healthy", checks[$"{service.ToLowerInvariant()}-db"]);
        }
    }

    [Fact]
    public async Task An_item_climbs_from_a_working_group_to_the_Leaders_on_PostgreSQL()
    {
        var climb = await Scenarios.ClimbAsync(_world.Summit, 2038);

        Assert.Equal("Adopted", climb.Final.GetProperty("item").GetProperty("status").GetString());
        var history = await (await _world.Summit.Secretariat()).GetFromJsonAsync<JsonElement>($"/api/agenda-items/{climb.Item}/history");
        Assert.Equal(3, history.EnumerateArray().Count(h => h.GetProperty("kind").GetString() == "Escalated"));
    }

    [Fact]
    public async Task The_register_finds_a_document_by_a_word_of_its_text_through_PostgreSQL_full_text_search()
    {
        var staff = await _world.Summit.Secretariat();
        var meeting = (await MeetingsApi.CreateAsync(staff, "Council of Foreign Ministers", new DateTimeOffset(2041, 3, 4, 5, 0, 0, TimeSpan.Zero))).Id();
        var document = await Eventually.Until(() => RegisterSamples.RegisterAsync(staff, meeting, title: "Transboundary rivers"),
            r => r.StatusCode == HttpStatusCode.Created, TimeSpan.FromSeconds(60), "Statements to know the meeting and register the paper");
        var id = (await document.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var word = "syrdarya" + Guid.NewGuid().ToString("N")[..6];
        Assert.Equal(HttpStatusCode.Created, (await RegisterSamples.UploadAsync(staff, id, "ru", "wp.odt", RegisterSamples.Odt($"Бассейн {word} и его притоки."))).StatusCode);
        var observer = await _world.Summit.Observer();

        async Task<List<Guid>> Find(string query) =>
            (await observer.GetFromJsonAsync<JsonElement>($"/public/documents?{query}")).GetProperty("items").EnumerateArray().Select(d => d.GetProperty("id").GetGuid()).ToList();

        Assert.Equal([id], await Find($"q={word}"));
        Assert.Equal([id], await Find($"q={word[..^3]}"));
        Assert.Equal([id], await Find($"q={Uri.EscapeDataString("ПРИТОКИ")}+{word}"));
        Assert.Equal([id], await Find("q=transboundary&year=2041"));
        Assert.Empty(await Find($"q={word}+absentword"));
        // The index is PostgreSQL's own: the generated tsvector column answers the same words.
        await using var db = new Npgsql.NpgsqlConnection(_world.Databases.ConnectionString("Statements"));
        await db.OpenAsync();
        await using var query = db.CreateCommand();
        query.CommandText = $"SELECT count(*) FROM \"RegisterDocuments\" WHERE \"SearchVector\" @@ to_tsquery('simple', '{word}')";
        Assert.Equal(1L, await query.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_summit_week_of_statements_is_published_searched_and_its_commitment_falls_overdue_by_a_PostgreSQL_deadline()
    {
        var result = await StatementScenario.RunAsync(_world.Summit, 2039, commitmentDueIn: TimeSpan.FromSeconds(5));
        var observer = await _world.Summit.Observer();

        Assert.Equal("2039-dushanbe-joint-statement", result.Slug);
        var statement = await Eventually.Until(() => observer.GetFromJsonAsync<JsonElement>($"/public/statements/{result.Slug}"),
            s => s.GetProperty("commitments").EnumerateArray().Any(c => c.GetProperty("status").GetString() == "Overdue"), TimeSpan.FromSeconds(60),
            "the commitment overdue in public");
        Assert.Equal(StatementScenario.EnglishV2, statement.GetProperty("texts").GetProperty("en").GetProperty("markdown").GetString());
        // Search: what the published text says is found whatever its case; what only a draft said never is.
        Assert.Equal(1, (await observer.GetFromJsonAsync<JsonElement>("/public/statements?q=Early-Warning")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await observer.GetFromJsonAsync<JsonElement>($"/public/statements?q={StatementScenario.DraftOnlyWord}")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_secretariat_proposes_an_item_on_PostgreSQL_and_the_items_history_names_it_as_proposer()
    {
        // The history's party column once held a state's code alone: on a server database (not SQLite, which ignores
        // lengths) the secretariat's proposal failed.
        var meeting = await _world.Summit.MeetingAsync("Council of Foreign Ministers", new DateTimeOffset(2037, 4, 14, 10, 0, 0, TimeSpan.FromHours(5)));
        var item = await _world.Summit.ProposeAsync("SECRETARIAT", meeting, "Secretariat's report on the summit cycle", "Ministers");

        var history = await (await _world.Summit.Secretariat()).GetFromJsonAsync<JsonElement>($"/api/agenda-items/{item}/history");
        var proposed = history.EnumerateArray().Single(h => h.GetProperty("kind").GetString() == "Proposed");
        Assert.Equal("SECRETARIAT", proposed.GetProperty("party").GetString());
    }

    [Fact]
    public async Task A_silence_procedure_runs_to_its_deadline_after_the_meeting_closed_on_PostgreSQL() =>
        RecordAssertions.SilenceConcludedAfterTheClose(await RecordScenarios.SilenceAfterCloseAsync(_world.Summit, 2034));

    [Fact]
    public async Task Forty_publications_of_one_year_city_and_kind_at_once_each_save_first_time_with_a_slug_of_their_own()
    {
        const string slugBase = "2031-astana-joint-statement";
        await _world.App.Secretariat(); // the host started: its databases exist and are migrated
        var options = new DbContextOptionsBuilder<PostgreSqlStatementsDbContext>().UseNpgsql(_world.Databases.ConnectionString("Statements")).Options;

        var slugs = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => Task.Run(async () =>
        {
            await using var db = new PostgreSqlStatementsDbContext(options);
            var slug = await SlugCounter.TakeAsync(db, slugBase, CancellationToken.None);
            db.Published.Add(new PublishedStatement
            {
                Id = Guid.NewGuid(), Slug = slug, Kind = "JointStatement", Consensus = true, Title = "Joint statement", MeetingId = Guid.NewGuid(),
                MeetingTitle = "Consultative Meeting", Format = "C5", HostParty = "KAZ", City = "Astana", Year = 2031, English = "Text.",
                EnglishHtml = "<p>Text.</p>", ContentHash = new string('a', 64),
            });
            await db.SaveChangesAsync();
            return slug;
        })));

        Assert.Equal(new[] { slugBase }.Concat(Enumerable.Range(2, 39).Select(n => $"{slugBase}-{n}")).Order(), slugs.Order());
    }
}

/// <summary>A deadline set on PostgreSQL fires in a host started after the one that set it.</summary>
public sealed class PostgreSqlRestartTests : IDisposable
{
    private readonly PostgreSqlDatabases _databases = new();

    public void Dispose() => _databases.Dispose();

    [Fact]
    public async Task A_meeting_convenes_and_concludes_by_itself_in_a_host_started_after_the_one_that_scheduled_it()
    {
        Guid id;
        using (var first = new SummitApp(settings: _databases.Settings()))
        {
            var client = await first.Secretariat();
            await first.PauseTimersAsync();
            id = (await MeetingsApi.CreateAsync(client, "Working Group on Water and Energy", DateTimeOffset.UtcNow.AddSeconds(6), TimeSpan.FromSeconds(3),
                request => request["override"] = new { reason = "Test run at whatever hour the clock shows" })).Id();
            Assert.Equal("Planned", (await client.GetFromJsonAsync<JsonElement>($"/api/meetings/{id}")).GetProperty("status").GetString());
        }

        var stored = await TriggersAsync();
        Assert.True(stored.Count >= 2, $"the meeting's convene and conclude timers are stored in its own database: {string.Join(" | ", stored)}");

        using var second = new SummitApp(settings: _databases.Settings());
        var again = await second.Secretariat();
        try
        {
            await Eventually.Until(async () => (await again.GetFromJsonAsync<JsonElement>($"/api/meetings/{id}")).GetProperty("status").GetString() == "Concluded",
                TimeSpan.FromSeconds(60), "the meeting to convene and conclude after the restart");
        }
        catch (TimeoutException timeout)
        {
            var meeting = await again.GetStringAsync($"/api/meetings/{id}/history");
            throw new TimeoutException($"{timeout.Message}; timers stored: {string.Join(" | ", await TriggersAsync())}; the meeting's history: {meeting}; " +
                $"the second host logged:{Environment.NewLine}{second.Logs.Tail(30)}", timeout);
        }
        var history = await again.GetFromJsonAsync<JsonElement>($"/api/meetings/{id}/history");
        Assert.Single(history.EnumerateArray(), c => c.GetProperty("kind").GetString() == "Convened" && c.GetProperty("actor").GetString() == "system");
    }

    private async Task<List<string>> TriggersAsync()
    {
        await using var db = new Npgsql.NpgsqlConnection(_databases.ConnectionString("Scheduling"));
        await db.OpenAsync();
        await using var query = db.CreateCommand();
        query.CommandText = "SELECT sched_name || ' ' || trigger_name || ' ' || trigger_state FROM qrtz_triggers";
        var triggers = new List<string>();
        await using var reader = await query.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            triggers.Add(reader.GetString(0));
        }

        return triggers;
    }
}
