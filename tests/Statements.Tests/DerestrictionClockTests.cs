using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SummitCoordination.BuildingBlocks.Deadlines;
using SummitCoordination.BuildingBlocks.Identity;
using SummitCoordination.Statements.Persistence;
using SummitCoordination.Statements.Register;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Statements.Tests;

/// <summary>
/// Issue 23, point 1: a Limited document with a derestriction date becomes General when the clock reaches that date,
/// by its persistent job (Quartz on the module's store, scheduled by the <see cref="FakeTimeProvider"/>), and the
/// public register then finds it by a word of its text.
/// </summary>
[Trait("Category", "Timers")]
public sealed class DerestrictionClockTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 5, 10, 6, 0, 0, TimeSpan.Zero));

    private ModuleHarness _module = null!;

    public async Task InitializeAsync() =>
        _module = await ModuleHarness.StartAsync(new StatementsModule(), services: s => s.AddSingleton<TimeProvider>(_clock).AddAuthorization(Policies.Configure));

    public async Task DisposeAsync() => await _module.DisposeAsync();

    [Fact]
    public async Task A_limited_document_becomes_general_on_its_derestriction_date_and_the_public_register_then_finds_it_by_a_word_of_its_text()
    {
        var meeting = Events.MeetingScheduled();
        await _module.Harness.Bus.Publish(meeting);
        await Eventually.Until(() => _module.WithScope(async sp =>
            await sp.GetRequiredService<StatementsDbContext>().Meetings.AsNoTracking().AnyAsync(m => m.Id == meeting.MeetingId)), what: "Statements' copy of the meeting");
        var document = await _module.WithScope(sp => sp.GetRequiredService<RegisterDocumentHandler>().HandleAsync(new RegisterDocument(
            new RegisterDocumentRequest(meeting.MeetingId, DocumentKind.WorkingPaper, "Glacier monitoring", "Мониторинг ледников", DistributionLevel.Limited,
                DocumentDate: new DateOnly(2027, 5, 10), DerestrictOn: new DateOnly(2027, 5, 13)), Callers.Secretariat), CancellationToken.None));
        await _module.WithScope(sp => sp.GetRequiredService<UploadFileHandler>().HandleAsync(new UploadFile(document.Id, "en", "wp.txt",
            new MemoryStream(Encoding.UTF8.GetBytes("Seracs and moraines of the Fedchenko glacier.")), Callers.Secretariat), CancellationToken.None));
        Assert.Equal(new DateTime(2027, 5, 13, 0, 0, 0, DateTimeKind.Utc), await _module.WithScope(sp =>
            sp.GetRequiredKeyedService<IDeadlines>(StatementsDbContext.Service).NextFireAsync(DerestrictionJob.Key(document.Id), CancellationToken.None)));
        Assert.Empty(await PublicAsync("moraines"));

        _clock.Advance(TimeSpan.FromDays(2));
        // The job, if it fired early, would show here; give Quartz the moment it would need.
        await Task.Delay(500);
        Assert.Equal(DistributionLevel.Limited, (await DocumentAsync(document.Id)).Level);
        Assert.Empty(await PublicAsync("moraines"));

        _clock.Advance(TimeSpan.FromHours(18));
        var derestricted = await Eventually.Until(() => DocumentAsync(document.Id), d => d.Level == DistributionLevel.General, what: "the document derestricted");
        Assert.Equal(new DateTime(2027, 5, 13, 0, 0, 0, DateTimeKind.Utc), derestricted.DerestrictedUtc);
        Assert.Equal([document.Id], await PublicAsync("moraines"));
    }

    private Task<RegisteredDocument> DocumentAsync(Guid id) =>
        _module.WithScope(sp => sp.GetRequiredService<StatementsDbContext>().Documents.AsNoTracking().SingleAsync(d => d.Id == id));

    /// <summary>What the public register finds by a word, today by the test's clock.</summary>
    private Task<List<Guid>> PublicAsync(string word) => _module.WithScope(sp =>
    {
        var db = sp.GetRequiredService<StatementsDbContext>();
        var today = RegisterAccess.Today(_clock);
        return new DocumentSearch { Q = word }.Filter(db, RegisterAccess.Public(db.Documents.AsNoTracking(), today)).Select(d => d.Id).ToListAsync();
    });
}
