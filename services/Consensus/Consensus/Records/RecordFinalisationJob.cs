namespace SummitCoordination.Consensus.Records;

/// <summary>
/// At the end of a record's correction window: the record becomes final and <c>MeetingRecordFinalised</c> goes out
/// through the outbox. A persistent Quartz job, so a window that closed while the service was down closes when it is back.
/// </summary>
public sealed class RecordFinalisationJob(ConsensusDbContext db, TimeProvider clock) : DeadlineJob<ConsensusDbContext>(db, clock)
{
    public static string Key(Guid recordId) => $"record:{recordId:N}";

    public static Task SetAsync(IDeadlines deadlines, Guid recordId, DateTime closesUtc, CancellationToken ct) =>
        deadlines.SetAsync<RecordFinalisationJob>(Key(recordId), closesUtc, new Dictionary<string, string> { ["recordId"] = recordId.ToString() }, ct);

    /// <summary>A draft whose job was lost (a crash between the commit and setting it) gets its job back at start.</summary>
    public static async Task RestoreMissingAsync(ConsensusDbContext db, IDeadlines deadlines, CancellationToken ct)
    {
        var drafts = await db.MeetingRecords.AsNoTracking()
            .Where(r => r.Status == RecordStatus.Draft && r.WindowClosesUtc != null)
            .Select(r => new { r.Id, r.WindowClosesUtc })
            .ToListAsync(ct);
        await deadlines.RestoreMissingAsync(drafts, r => Key(r.Id), (r, token) => SetAsync(deadlines, r.Id, r.WindowClosesUtc!.Value, token), ct);
    }

    protected override async Task RunAsync(Func<string, string?> data, CancellationToken ct)
    {
        var id = Guid.Parse(data("recordId")!);
        var record = await Db.MeetingRecords.Include(r => r.Corrections).SingleOrDefaultAsync(r => r.Id == id, ct);
        var now = Clock.GetUtcNow().UtcDateTime;
        if (record is not { Status: RecordStatus.Draft })
        {
            return;
        }

        var meeting = await Db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == record.MeetingId, ct);
        if (record.Finalise(await RecordDraft.AgendaAsync(Db, record.MeetingId, ct), meeting?.Public ?? false, now) is { } finalised)
        {
            Db.Raise(finalised, now);
        }
    }
}
