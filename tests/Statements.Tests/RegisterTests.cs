using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SummitCoordination.Contracts;
using SummitCoordination.Statements.Persistence;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Statements.Tests;

public sealed class RegisterAppFixture : IDisposable
{
    /// <summary>A small file limit, so that a file over it is cheap to send.</summary>
    public const long MaxFileBytes = 64 * 1024;

    public SummitApp App { get; } = new(harness: true, settings: new Dictionary<string, string?> { ["Register:MaxFileBytes"] = MaxFileBytes.ToString() });

    public void Dispose() => App.Dispose();
}

/// <summary>
/// Issue 23, points 1 and 5: the document register through its HTTP API on SQLite. Symbols by the body's pattern,
/// revisions that supersede, who reads what, files checked by content with their SHA-256, full-text search by a word
/// of the text, and every refusal (409, 400, 415, 413, 403) leaving nothing behind: no row, no file.
/// </summary>
public sealed class RegisterTests(RegisterAppFixture fixture) : StatementTestBase(fixture.App), IClassFixture<RegisterAppFixture>
{
    private string Storage => Path.Combine(App.DataDirectory, "documents");

    private async Task<MeetingScheduled> KnownMeetingAsync(string? partner = null, string? pattern = null)
    {
        var meeting = await MeetingAsync(partner);
        await Eventually.Until(() => WithDb(db => db.Meetings.AnyAsync(m => m.Id == meeting.MeetingId)), what: "Statements' copy of the meeting");
        if (pattern is not null)
        {
            var set = await (await Secretariat()).PutAsJsonAsync($"/api/register/bodies/{meeting.BodyId}", new { pattern });
            Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        }

        return meeting;
    }

    /// <summary>A pattern no other test's body uses, so that numbers start at 1.</summary>
    private static string UniquePattern(out string prefix)
    {
        prefix = "T" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        return prefix + "/{body}/{year}/{series}.{n}";
    }

    private Task<T> WithDb<T>(Func<StatementsDbContext, Task<T>> read) => WithScope(sp => read(sp.GetRequiredService<StatementsDbContext>()));

    private async Task<T> WithScope<T>(Func<IServiceProvider, Task<T>> read)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider);
    }

    private Task<int> DocumentCountAsync() => WithDb(db => db.Documents.CountAsync());

    private Task<int> FileRowCountAsync() => WithDb(db => db.Set<Register.DocumentFile>().CountAsync());

    private string[] StoredFiles() => Directory.Exists(Storage) ? Directory.GetFiles(Storage, "*", SearchOption.AllDirectories) : [];

    private static async Task<JsonElement> SuffixAsync(HttpClient staff, Guid id, string suffix, HttpStatusCode expected)
    {
        var response = await staff.PostAsJsonAsync($"/api/register/documents/{id}/suffixes", new { suffix });
        Assert.True(expected == response.StatusCode, $"{suffix}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static Guid IdOf(JsonElement document) => document.GetProperty("id").GetGuid();

    private static string SymbolOf(JsonElement document) => document.GetProperty("symbol").GetString()!;

    [Fact]
    public async Task Symbols_follow_the_body_pattern_per_series_and_a_revision_supersedes_the_document_it_revises()
    {
        var meeting = await KnownMeetingAsync(pattern: UniquePattern(out var p));
        var staff = await Secretariat();

        var wp1 = await RegisterSamples.RegisteredAsync(staff, meeting.MeetingId);
        var wp2 = await RegisterSamples.RegisteredAsync(staff, meeting.MeetingId);
        var inf = await RegisterSamples.RegisteredAsync(staff, meeting.MeetingId, kind: "InformationNote", title: "A note");
        var draft = await RegisterSamples.RegisteredAsync(staff, meeting.MeetingId, kind: "DraftText", title: "A draft");
        Assert.Equal($"{p}/CFM/2027/WP.1", SymbolOf(wp1));
        Assert.Equal($"{p}/CFM/2027/WP.2", SymbolOf(wp2));
        Assert.Equal($"{p}/CFM/2027/INF.1", SymbolOf(inf));
        Assert.Equal($"{p}/CFM/2027/L.1", SymbolOf(draft));

        var rev1 = await SuffixAsync(staff, IdOf(wp1), "Rev", HttpStatusCode.Created);
        Assert.Equal($"{p}/CFM/2027/WP.1/Rev.1", SymbolOf(rev1));
        var revised = await staff.GetFromJsonAsync<JsonElement>($"/api/register/documents/{IdOf(wp1)}");
        Assert.Equal(SymbolOf(rev1), revised.GetProperty("supersededBySymbol").GetString());
        Assert.Contains(revised.GetProperty("family").EnumerateArray(), f => f.GetProperty("symbol").GetString() == SymbolOf(rev1));

        // The replaced version is not revised again: the current one is.
        var again = await SuffixAsync(staff, IdOf(wp1), "Rev", HttpStatusCode.Conflict);
        Assert.Equal("document.superseded", again.GetProperty("code").GetString());
        Assert.Equal($"{p}/CFM/2027/WP.1/Rev.2", SymbolOf(await SuffixAsync(staff, IdOf(rev1), "Rev", HttpStatusCode.Created)));
        Assert.Equal($"{p}/CFM/2027/WP.2/Corr.1", SymbolOf(await SuffixAsync(staff, IdOf(wp2), "Corr", HttpStatusCode.Created)));
        Assert.Equal($"{p}/CFM/2027/WP.2/Add.1", SymbolOf(await SuffixAsync(staff, IdOf(wp2), "Add", HttpStatusCode.Created)));
    }

    [Fact]
    public async Task Without_a_pattern_a_body_uses_the_default_from_its_format_and_name()
    {
        var c5 = await KnownMeetingAsync();
        var usa = await KnownMeetingAsync("USA");
        var staff = await Secretariat();

        Assert.Matches(@"^C5/CFM/2027/WP\.\d+$", SymbolOf(await RegisterSamples.RegisteredAsync(staff, c5.MeetingId)));
        Assert.Matches(@"^C5\+USA/FMM/2027/WP\.\d+$", SymbolOf(await RegisterSamples.RegisteredAsync(staff, usa.MeetingId)));
        var pattern = await staff.GetFromJsonAsync<JsonElement>($"/api/register/bodies/{c5.BodyId}");
        Assert.True(pattern.GetProperty("isDefault").GetBoolean());
        Assert.Equal("C5/CFM/2027/WP.3", pattern.GetProperty("example").GetString());
    }

    [Fact]
    public async Task A_pattern_without_series_and_number_is_refused()
    {
        var meeting = await KnownMeetingAsync();
        var response = await (await Secretariat()).PutAsJsonAsync($"/api/register/bodies/{meeting.BodyId}", new { pattern = "C5/{body}/{year}" });
        await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.False(await WithDb(db => db.RegisterBodies.AnyAsync(b => b.BodyId == meeting.BodyId)));
    }

    [Fact]
    public async Task A_symbol_already_registered_is_a_409_and_registers_nothing()
    {
        var meeting = await KnownMeetingAsync(pattern: UniquePattern(out var p));
        var staff = await Secretariat();
        await RegisterSamples.RegisteredAsync(staff, meeting.MeetingId, new { number = 7 });
        var before = await DocumentCountAsync();

        var clash = await ProblemAsync(await RegisterSamples.RegisterAsync(staff, meeting.MeetingId, new { number = 7 }), HttpStatusCode.Conflict);

        Assert.Equal("document.symbol-taken", clash.GetProperty("code").GetString());
        Assert.Equal($"{p}/CFM/2027/WP.7", clash.GetProperty("symbol").GetString());
        Assert.Equal(before, await DocumentCountAsync());
    }

    [Fact]
    public async Task A_derestriction_date_before_the_documents_date_is_a_400_and_registers_nothing()
    {
        var meeting = await KnownMeetingAsync();
        var before = await DocumentCountAsync();

        var refused = await ProblemAsync(await RegisterSamples.RegisterAsync(await Secretariat(), meeting.MeetingId,
            new { level = "Limited", documentDate = "2027-05-10", derestrictOn = "2027-05-09" }), HttpStatusCode.BadRequest);

        Assert.Equal("document.derestriction-before-date", refused.GetProperty("code").GetString());
        Assert.True(refused.GetProperty("errors").TryGetProperty("derestrictOn", out _));
        Assert.Equal(before, await DocumentCountAsync());
    }

    [Fact]
    public async Task A_restricted_document_names_its_recipients_and_a_general_one_has_no_derestriction_date()
    {
        var meeting = await KnownMeetingAsync();
        var staff = await Secretariat();
        var before = await DocumentCountAsync();

        await ProblemAsync(await RegisterSamples.RegisterAsync(staff, meeting.MeetingId, new { level = "Restricted" }), HttpStatusCode.BadRequest);
        await ProblemAsync(await RegisterSamples.RegisterAsync(staff, meeting.MeetingId, new { level = "General", derestrictOn = "2099-01-01" }), HttpStatusCode.BadRequest);
        await ProblemAsync(await RegisterSamples.RegisterAsync(staff, meeting.MeetingId, new { level = "Restricted", recipients = new[] { "kazakhstan" } }), HttpStatusCode.BadRequest);
        Assert.Equal(before, await DocumentCountAsync());
    }

    [Fact]
    public async Task Only_the_secretariat_registers_uploads_and_sets_patterns()
    {
        var meeting = await KnownMeetingAsync();
        var document = await RegisterSamples.RegisteredAsync(await Secretariat(), meeting.MeetingId);
        var kaz = await Delegation("KAZ");
        var before = await DocumentCountAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await RegisterSamples.RegisterAsync(kaz, meeting.MeetingId)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await RegisterSamples.UploadAsync(kaz, IdOf(document), "en", "a.txt", RegisterSamples.Text("x"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await kaz.PutAsJsonAsync($"/api/register/bodies/{meeting.BodyId}", new { pattern = "X/{series}.{n}" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.CreateClient().PostAsJsonAsync("/api/register/documents", new { })).StatusCode);
        Assert.Equal(before, await DocumentCountAsync());
    }

    [Fact]
    public async Task Each_format_is_taken_by_its_content_with_its_SHA256_and_versions_count_per_language()
    {
        var meeting = await KnownMeetingAsync();
        var staff = await Secretariat();
        var id = IdOf(await RegisterSamples.RegisteredAsync(staff, meeting.MeetingId));
        var files = new (string Language, string Name, byte[] Content, string Format)[]
        {
            ("en", "paper.pdf", RegisterSamples.Pdf("Pdf words"), "Pdf"),
            ("en", "paper.docx", RegisterSamples.Docx("Docx words"), "Docx"),
            ("ru", "paper.odt", RegisterSamples.Odt("Слова ODT"), "Odt"),
            ("ru", "paper.bin", RegisterSamples.Text("Простой текст"), "Text"),
        };

        var versions = new List<int>();
        foreach (var (language, name, content, format) in files)
        {
            var response = await RegisterSamples.UploadAsync(staff, id, language, name, content);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            var file = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(format, file.GetProperty("format").GetString());
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), file.GetProperty("sha256").GetString());
            Assert.True(file.GetProperty("textIndexed").GetBoolean(), $"the text of the {format} file is indexed");
            versions.Add(file.GetProperty("version").GetInt32());

            var download = await staff.GetAsync(file.GetProperty("download").GetString());
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal(content, await download.Content.ReadAsByteArrayAsync());
            Assert.Equal(name, download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        }

        Assert.Equal([1, 2, 1, 2], versions);
        var document = await staff.GetFromJsonAsync<JsonElement>($"/api/register/documents/{id}");
        Assert.Equal(["en", "ru"], document.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        var current = document.GetProperty("files").EnumerateArray().Where(f => f.GetProperty("current").GetBoolean()).Select(f => f.GetProperty("format").GetString());
        Assert.Equal(["Docx", "Text"], current.Order());
    }

    public static TheoryData<string, byte[]> NotTaken => new()
    {
        { "picture.pdf", RegisterSamples.Png },
        { "sheet.docx", RegisterSamples.OtherZip() },
        { "binary.txt", [0x48, 0x69, 0x00, 0x21] },
        { "latin1.txt", [0x43, 0x61, 0x66, 0xE9, 0x20, 0x21] },
        { "empty.txt", [] },
    };

    [Theory]
    [MemberData(nameof(NotTaken))]
    public async Task A_file_that_is_not_a_PDF_DOCX_ODT_or_UTF8_text_is_a_415_and_leaves_nothing_behind(string name, byte[] content)
    {
        var meeting = await KnownMeetingAsync();
        var id = IdOf(await RegisterSamples.RegisteredAsync(await Secretariat(), meeting.MeetingId));
        var (rows, stored) = (await FileRowCountAsync(), StoredFiles().Length);

        var refused = await ProblemAsync(await RegisterSamples.UploadAsync(await Secretariat(), id, "en", name, content, "application/pdf"),
            HttpStatusCode.UnsupportedMediaType);

        Assert.Equal("document.file-type", refused.GetProperty("code").GetString());
        Assert.Equal(rows, await FileRowCountAsync());
        Assert.Equal(stored, StoredFiles().Length);
        Assert.DoesNotContain(Directory.Exists(Storage) ? Directory.GetDirectories(Storage) : [], d => d.EndsWith(id.ToString("N"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_file_over_the_limit_is_a_413_and_leaves_nothing_behind()
    {
        var meeting = await KnownMeetingAsync();
        var id = IdOf(await RegisterSamples.RegisteredAsync(await Secretariat(), meeting.MeetingId));
        var (rows, stored) = (await FileRowCountAsync(), StoredFiles().Length);
        var tooLarge = RegisterSamples.Text(new string('a', (int)RegisterAppFixture.MaxFileBytes + 1));

        var refused = await ProblemAsync(await RegisterSamples.UploadAsync(await Secretariat(), id, "en", "big.txt", tooLarge), HttpStatusCode.RequestEntityTooLarge);

        Assert.Equal("document.file-too-large", refused.GetProperty("code").GetString());
        Assert.Equal(RegisterAppFixture.MaxFileBytes, refused.GetProperty("maxBytes").GetInt64());
        Assert.Equal(rows, await FileRowCountAsync());
        Assert.Equal(stored, StoredFiles().Length);

        // At the limit exactly it is taken.
        var atLimit = RegisterSamples.Text(new string('a', (int)RegisterAppFixture.MaxFileBytes));
        Assert.Equal(HttpStatusCode.Created, (await RegisterSamples.UploadAsync(await Secretariat(), id, "en", "limit.txt", atLimit)).StatusCode);
    }

    [Fact]
    public async Task A_file_for_an_unknown_language_is_a_400_and_the_default_limit_is_25_MB()
    {
        var meeting = await KnownMeetingAsync();
        var id = IdOf(await RegisterSamples.RegisteredAsync(await Secretariat(), meeting.MeetingId));
        await ProblemAsync(await RegisterSamples.UploadAsync(await Secretariat(), id, "fr", "a.txt", RegisterSamples.Text("Bonjour")), HttpStatusCode.BadRequest);
        Assert.Equal(0, await WithDb(db => db.Set<Register.DocumentFile>().CountAsync(f => f.DocumentId == id)));
        Assert.Equal(25L * 1024 * 1024, new Register.RegisterSettings().MaxFileBytes);
    }

    [Fact]
    public async Task Who_reads_what_general_for_all_limited_for_the_meetings_participants_restricted_for_its_recipients()
    {
        var meeting = await KnownMeetingAsync();
        var staff = await Secretariat();
        var general = IdOf(await RegisterSamples.RegisteredAsync(staff, meeting.MeetingId));
        var limited = IdOf(await RegisterSamples.RegisteredAsync(staff, meeting.MeetingId, new { level = "Limited" }));
        var restricted = IdOf(await RegisterSamples.RegisteredAsync(staff, meeting.MeetingId, new { level = "Restricted", recipients = new[] { "KGZ" } }));
        var observer = App.CreateClient();
        var (kaz, kgz, usa) = (await Delegation("KAZ"), await Delegation("KGZ"), await Delegation("USA"));

        async Task<HttpStatusCode> Reads(HttpClient client, Guid id, bool isPublic = false) =>
            (await client.GetAsync(isPublic ? $"/public/documents/{id}" : $"/api/register/documents/{id}")).StatusCode;
        async Task<List<Guid>> Lists(HttpClient client, bool isPublic = false) =>
            (await client.GetFromJsonAsync<JsonElement>($"{(isPublic ? "/public" : "/api/register")}/documents?meetingId={meeting.MeetingId}"))
            .GetProperty("items").EnumerateArray().Select(IdOf).ToList();

        Assert.Equal([general], await Lists(observer, isPublic: true));
        Assert.Equal(HttpStatusCode.OK, await Reads(observer, general, isPublic: true));
        Assert.Equal(HttpStatusCode.NotFound, await Reads(observer, limited, isPublic: true));
        Assert.Equal(HttpStatusCode.NotFound, await Reads(observer, restricted, isPublic: true));

        Assert.Equal(new[] { general, limited }.Order(), (await Lists(kaz)).Order());
        Assert.Equal(HttpStatusCode.NotFound, await Reads(kaz, restricted));
        Assert.Equal(new[] { general, limited, restricted }.Order(), (await Lists(kgz)).Order());
        // USA does not sit in this C5 meeting: the Limited paper is not its to read.
        Assert.Equal([general], await Lists(usa));
        Assert.Equal(HttpStatusCode.NotFound, await Reads(usa, limited));
        Assert.Equal(new[] { general, limited, restricted }.Order(), (await Lists(staff)).Order());

        var file = await (await RegisterSamples.UploadAsync(staff, limited, "en", "l.txt", RegisterSamples.Text("limited"))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.NotFound, (await observer.GetAsync($"/public/documents/{limited}/files/{file.GetProperty("id").GetGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await kaz.GetAsync($"/api/register/documents/{limited}/files/{file.GetProperty("id").GetGuid()}")).StatusCode);
    }

    [Fact]
    public async Task The_public_register_finds_a_document_by_a_word_of_its_text_title_symbol_body_and_year()
    {
        var meeting = await KnownMeetingAsync(pattern: UniquePattern(out var p));
        var staff = await Secretariat();
        var word = "aral" + Guid.NewGuid().ToString("N")[..8];
        var id = IdOf(await RegisterSamples.RegisteredAsync(staff, meeting.MeetingId, title: "Water sharing in the basin"));
        var hidden = IdOf(await RegisterSamples.RegisteredAsync(staff, meeting.MeetingId, new { level = "Limited" }, title: "Hidden"));
        Assert.Equal(HttpStatusCode.Created, (await RegisterSamples.UploadAsync(staff, id, "en", "wp.docx", RegisterSamples.Docx($"The {word} basin needs a plan."))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await RegisterSamples.UploadAsync(staff, hidden, "en", "wp.txt", RegisterSamples.Text($"Also about {word}."))).StatusCode);
        var observer = App.CreateClient();

        async Task<List<Guid>> Find(string query) =>
            (await observer.GetFromJsonAsync<JsonElement>($"/public/documents?{query}")).GetProperty("items").EnumerateArray().Select(IdOf).ToList();

        Assert.Equal([id], await Find($"q={word}"));
        Assert.Equal([id], await Find($"q={word[..^2]}"));
        Assert.Equal([id], await Find($"q=WATER+{word}"));
        Assert.Empty(await Find($"q={word}+nowhereword"));
        Assert.Equal([id], await Find($"symbol={Uri.EscapeDataString($"{p.ToLowerInvariant()}/cfm/2027/wp.1")}"));
        Assert.Contains(id, await Find($"q={word}&body=foreign&year=2027"));
        Assert.Empty(await Find($"q={word}&year=2026"));
        // The secretariat finds both by the same word.
        var both = (await staff.GetFromJsonAsync<JsonElement>($"/api/register/documents?q={word}")).GetProperty("items").EnumerateArray().Select(IdOf);
        Assert.Equal(new[] { id, hidden }.Order(), both.Order());

        var atom = XDocument.Parse(await observer.GetStringAsync("/public/documents.atom"));
        Assert.Contains(atom.Descendants(XName.Get("title", "http://www.w3.org/2005/Atom")), t => t.Value.StartsWith($"{p}/CFM/2027/WP.1:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Editing_a_document_keeps_the_rules_and_the_search_follows_its_titles()
    {
        var meeting = await KnownMeetingAsync();
        var staff = await Secretariat();
        var id = IdOf(await RegisterSamples.RegisteredAsync(staff, meeting.MeetingId, new { documentDate = "2027-05-10" }));
        var word = "renamed" + Guid.NewGuid().ToString("N")[..8];

        var refused = await staff.PutAsJsonAsync($"/api/register/documents/{id}", new { kind = "WorkingPaper", title = "T", level = "Limited", documentDate = "2027-05-10", derestrictOn = "2027-01-01" });
        await ProblemAsync(refused, HttpStatusCode.BadRequest);
        var edited = await staff.PutAsJsonAsync($"/api/register/documents/{id}", new { kind = "WorkingPaper", title = $"Paper {word}", documentDate = "2027-05-10" });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);

        var found = (await App.CreateClient().GetFromJsonAsync<JsonElement>($"/public/documents?q={word}")).GetProperty("items").EnumerateArray().Select(IdOf);
        Assert.Equal([id], found);
    }

    [Fact]
    public async Task A_published_statement_is_a_registered_document_whose_symbol_is_in_its_public_JSON_and_on_its_PDF()
    {
        var meeting = await KnownMeetingAsync(pattern: UniquePattern(out var p));
        var id = await DraftAsync(meeting.MeetingId, "The parties agree on glaciers.", "Стороны договорились о ледниках.");
        await AdoptAsync(id, meeting.MeetingId);
        await ConcludeAsync(meeting.MeetingId);
        var slug = (await WaitAsync(id, s => s.Status() == "Published", "publication")).GetProperty("slug").GetString()!;

        var published = await App.CreateClient().GetFromJsonAsync<JsonElement>($"/public/statements/{slug}");
        Assert.Equal($"{p}/CFM/2027/ST.1", published.GetProperty("symbol").GetString());
        // And printed on the PDF of its official text, which is named after it.
        var pdf = await App.CreateClient().GetAsync($"/public/statements/{slug}.pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Contains($"{p}/CFM/2027/ST.1", await Poppler.FlatTextAsync(await pdf.Content.ReadAsByteArrayAsync()));
        var found = (await App.CreateClient().GetFromJsonAsync<JsonElement>("/public/documents?q=glaciers&kind=Statement")).GetProperty("items").EnumerateArray();
        Assert.Contains(found, d => d.GetProperty("symbol").GetString() == $"{p}/CFM/2027/ST.1");
    }

    [Fact]
    public async Task A_final_meeting_record_is_registered_once_in_the_record_series_at_the_records_distribution()
    {
        var open = await KnownMeetingAsync(pattern: UniquePattern(out var p));
        var closed = await KnownMeetingAsync(pattern: UniquePattern(out var q));
        var at = new DateTime(2027, 3, 9, 0, 0, 0, DateTimeKind.Utc);
        var finalised = new MeetingRecordFinalised(Guid.NewGuid(), open.MeetingId, open.BodyId, "Record of the meeting", "Отчёт о встрече", true, at);
        await Harness.Bus.Publish(finalised);
        await Harness.Bus.Publish(finalised with { RecordId = Guid.NewGuid() });
        await Harness.Bus.Publish(new MeetingRecordFinalised(Guid.NewGuid(), closed.MeetingId, closed.BodyId, "Closed record", "Закрытый отчёт", false, at));

        var records = await Eventually.Until(
            () => WithDb(db => db.Documents.Where(d => d.Kind == Register.DocumentKind.Record && (d.MeetingId == open.MeetingId || d.MeetingId == closed.MeetingId)).ToListAsync()),
            r => r.Count == 2, what: "both records registered");
        // The repeat (another record id, the same meeting) has been consumed too before the count is read.
        await Eventually.Until(() => Task.FromResult(Harness.Consumed.Select<MeetingRecordFinalised>().Count(m => m.Context.Message.MeetingId == open.MeetingId)),
            n => n == 2, what: "the repeated record consumed");
        var publicRecord = Assert.Single(await WithDb(db => db.Documents.Where(d => d.MeetingId == open.MeetingId && d.Kind == Register.DocumentKind.Record).ToListAsync()));
        Assert.Equal($"{p}/CFM/2027/REC.1", publicRecord.Symbol);
        Assert.Equal(Register.DistributionLevel.General, publicRecord.Level);
        Assert.Equal("Отчёт о встрече", publicRecord.TitleRu);
        Assert.Equal(new DateOnly(2027, 3, 9), publicRecord.DocumentDate);
        var limited = Assert.Single(records, r => r.MeetingId == closed.MeetingId);
        Assert.Equal($"{q}/CFM/2027/REC.1", limited.Symbol);
        Assert.Equal(Register.DistributionLevel.Limited, limited.Level);
        var found = (await App.CreateClient().GetFromJsonAsync<JsonElement>($"/public/documents?q={Uri.EscapeDataString(publicRecord.Symbol)}")).GetProperty("items").EnumerateArray();
        Assert.Contains(found, d => d.GetProperty("symbol").GetString() == publicRecord.Symbol);
        Assert.DoesNotContain((await App.CreateClient().GetFromJsonAsync<JsonElement>("/public/documents?kind=Record")).GetProperty("items").EnumerateArray(),
            d => d.GetProperty("symbol").GetString() == limited.Symbol);
    }
}
