using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SummitCoordination.BuildingBlocks.Deadlines;
using SummitCoordination.BuildingBlocks.Http;
using SummitCoordination.Contracts;
using SummitCoordination.Statements.Instruments;
using SummitCoordination.Statements.Persistence;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Statements.Tests;

/// <summary>Issue 11, section 4: instruments open for signature, their entry into force, and the persistent job for a date ahead.</summary>
public sealed class InstrumentTests
{
    private static readonly DateTime Now = new(2030, 6, 1, 12, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Opened = new(2030, 5, 20);

    private static Instrument Open(EntryIntoForceRule rule, int? n = null, int days = 0, params string[] parties) =>
        Instrument.Open(Guid.NewGuid(), null, InstrumentKind.Agreement, "Agreement on transit", null, parties.Length == 0 ? ["KAZ", "KGZ", "UZB"] : parties,
            rule, n, days, Opened, Now).Instrument;

    private static void SignAll(Instrument i)
    {
        foreach (var line in i.Parties)
        {
            i.Sign(line.Party, Opened, new DateOnly(2031, 12, 31), Now);
        }
    }

    [Fact]
    public void With_the_all_parties_rule_it_enters_into_force_after_the_last_deposit_and_not_before()
    {
        var instrument = Open(EntryIntoForceRule.AllParties, days: 10);
        SignAll(instrument);
        var today = new DateOnly(2031, 12, 31);
        instrument.Ratify("KAZ", new DateOnly(2030, 7, 1), today, Now);
        instrument.Ratify("UZB", new DateOnly(2030, 8, 1), today, Now);
        Assert.Null(instrument.InForceOn);

        instrument.Ratify("KGZ", new DateOnly(2030, 9, 1), today, Now);

        Assert.Equal(new DateOnly(2030, 9, 11), instrument.InForceOn);
        Assert.Empty(instrument.Advance(new DateOnly(2030, 9, 10), Now));
        Assert.Equal(InstrumentStatus.OpenForSignature, instrument.Status);
        var entered = Assert.Single(instrument.Advance(new DateOnly(2030, 9, 11), Now));
        Assert.Null(entered.Party);
        Assert.Equal(["KAZ", "KGZ", "UZB"], entered.InForceFor);
        Assert.Equal(InstrumentStatus.InForce, instrument.Status);
        Assert.Empty(instrument.Advance(new DateOnly(2030, 9, 12), Now));
    }

    [Fact]
    public void After_N_ratifications_it_binds_those_and_a_later_ratifier_from_its_own_deposit_plus_the_delay()
    {
        var instrument = Open(EntryIntoForceRule.Ratifications, n: 2, days: 30, "KAZ", "KGZ", "TJK", "UZB");
        SignAll(instrument);
        var today = new DateOnly(2031, 12, 31);
        instrument.Ratify("UZB", new DateOnly(2030, 8, 1), today, Now);
        instrument.Ratify("KAZ", new DateOnly(2030, 7, 1), today, Now);
        Assert.Equal(new DateOnly(2030, 8, 31), instrument.InForceOn);
        Assert.Equal([new DateOnly(2030, 8, 31)], instrument.PendingDates());

        Assert.Equal(["KAZ", "UZB"], Assert.Single(instrument.Advance(new DateOnly(2030, 9, 1), Now)).InForceFor);
        instrument.Ratify("TJK", new DateOnly(2030, 12, 1), today, Now);
        Assert.Equal([new DateOnly(2030, 12, 31)], instrument.PendingDates());
        Assert.Empty(instrument.Advance(new DateOnly(2030, 12, 30), Now));

        var forTajikistan = Assert.Single(instrument.Advance(new DateOnly(2030, 12, 31), Now));
        Assert.Equal("TJK", forTajikistan.Party);
        Assert.True(instrument.Parties.Single(p => p.Party == "TJK").InForce);
        Assert.False(instrument.Parties.Single(p => p.Party == "KGZ").InForce);
        Assert.Empty(instrument.PendingDates());
    }

    [Fact]
    public void Signatures_and_ratifications_are_dated_within_the_record_once_each_and_only_by_parties()
    {
        var instrument = Open(EntryIntoForceRule.AllParties);
        var today = new DateOnly(2030, 6, 1);

        Assert.Equal("instrument.date-too-early", Assert.Throws<DomainException>(() => instrument.Sign("KAZ", Opened.AddDays(-1), today, Now)).Code);
        Assert.Equal("instrument.date-in-future", Assert.Throws<DomainException>(() => instrument.Sign("KAZ", today.AddDays(1), today, Now)).Code);
        Assert.Equal("instrument.not-a-party", Assert.Throws<DomainException>(() => instrument.Sign("USA", today, today, Now)).Code);
        Assert.Equal("instrument.not-signed", Assert.Throws<DomainException>(() => instrument.Ratify("KAZ", today, today, Now)).Code);
        instrument.Sign("KAZ", new DateOnly(2030, 5, 25), today, Now);
        Assert.Equal("instrument.already-signed", Assert.Throws<DomainException>(() => instrument.Sign("KAZ", today, today, Now)).Code);
        Assert.Equal("instrument.date-too-early", Assert.Throws<DomainException>(() => instrument.Ratify("KAZ", new DateOnly(2030, 5, 24), today, Now)).Code);
        Assert.Equal("instrument.ratifications", Assert.Throws<DomainException>(() => Open(EntryIntoForceRule.Ratifications, n: 4)).Code);
    }

    [Fact]
    public async Task A_date_ahead_gets_a_persistent_job_which_comes_back_at_start_if_it_was_lost()
    {
        using var app = new SummitApp();
        var result = await RecordScenarios.TreatyAsync(new Summit(app.ClientAs), 2021);
        var deadlines = app.Services.GetRequiredKeyedService<IDeadlines>("Statements");
        var due = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);
        var key = EntryIntoForceJob.Key(result.Instrument, due);

        Assert.Equal(due.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), await deadlines.NextFireAsync(key, CancellationToken.None));

        await deadlines.ClearAsync(key, CancellationToken.None);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<StatementsDbContext>();
        await EntryIntoForceJob.RestoreMissingAsync(db, deadlines, CancellationToken.None);
        Assert.NotNull(await deadlines.NextFireAsync(key, CancellationToken.None));
        Assert.True(await db.Instruments.AnyAsync(i => i.Id == result.Instrument));
    }
}
