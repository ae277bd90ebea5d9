namespace SummitCoordination.Consensus.Records;

/// <summary>
/// At the end of a record's correction window: the record becomes final and <c>MeetingRecordFinalised</c> goes out
/// through the outbox. A persistent Quartz job, so a window that closed while the service was down closes when it is back.
/// </summary>
public sealed class RecordFinalisationJob(ConsensusDbContext db, TimeProvider clock)
    : AggregateDeadlineJob<ConsensusDbContext, RecordFinalisationJob>(db, clock), IAggregateDeadline
{
    public static string Prefix => "record";

    public static string IdName => "recordId";

    /// <summary>A draft whose job was lost (a crash between the commit and setting it) gets its job back at start.</summary>
    public static async Task RestoreMissingAsync(ConsensusDbContext db, IDeadlines deadlines, CancellationToken ct)
    {
        var drafts = await db.MeetingRecords.AsNoTracking()
            .Where(r => r.Status == RecordStatus.Draft && r.WindowClosesUtc != null)
            .Select(r => new { r.Id, r.WindowClosesUtc })
            .ToListAsync(ct);
        await RestoreAsync(deadlines, drafts.Select(r => (r.Id, r.WindowClosesUtc!.Value)), ct);
    }

    protected override async Task RunAsync(Guid id, CancellationToken ct)
    {
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
