namespace SummitCoordination.Statements.Instruments;

/// <summary>
/// On a day an instrument enters into force (generally, or for a party that ratified later): a persistent job, so the
/// date holds across restarts. One job per instrument and day (00:00 UTC); running it twice changes nothing.
/// </summary>
public sealed class EntryIntoForceJob(StatementsDbContext db, TimeProvider clock) : DeadlineJob<StatementsDbContext>(db, clock)
{
    public static string Key(Guid instrumentId, DateOnly on) => $"in-force:{instrumentId:N}:{on:yyyyMMdd}";

    public static async Task SetAsync(IDeadlines deadlines, Instrument instrument, CancellationToken ct)
    {
        foreach (var on in instrument.PendingDates())
        {
            await deadlines.SetAsync<EntryIntoForceJob>(Key(instrument.Id, on), on.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
                new Dictionary<string, string> { ["instrumentId"] = instrument.Id.ToString() }, ct);
        }
    }

    /// <summary>A date recorded but whose job was lost (a crash between the two) gets its job back at start.</summary>
    public static async Task RestoreMissingAsync(StatementsDbContext db, IDeadlines deadlines, CancellationToken ct)
    {
        var instruments = await db.Instruments.AsNoTracking().Where(i => i.InForceOn != null).ToListAsync(ct);
        var pending = instruments.SelectMany(i => i.PendingDates().Select(on => (Instrument: i, On: on))).ToList();
        await deadlines.RestoreMissingAsync(pending, p => Key(p.Instrument.Id, p.On), (p, token) => SetAsync(deadlines, p.Instrument, token), ct);
    }

    protected override async Task RunAsync(Func<string, string?> data, CancellationToken ct)
    {
        var id = Guid.Parse(data("instrumentId")!);
        if (await Db.Instruments.SingleOrDefaultAsync(i => i.Id == id, ct) is not { } instrument)
        {
            return;
        }

        var now = Clock.GetUtcNow().UtcDateTime;
        foreach (var entered in instrument.Advance(DateOnly.FromDateTime(now), now))
        {
            Db.Raise(entered, now);
        }
    }
}
