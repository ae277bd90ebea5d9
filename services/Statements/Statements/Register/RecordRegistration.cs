namespace SummitCoordination.Statements.Register;

/// <summary>
/// A meeting's record, final at the end of its correction window (Consensus, <see cref="MeetingRecordFinalised"/>), is a
/// registered document too (DOMAIN.md, Documents): of kind Record, in the <c>REC</c> series of its meeting's body,
/// distributed as the record is (General when the meeting was public, else Limited to its participants). Once per
/// meeting: a repeat of the event finds the record already registered.
/// </summary>
public sealed class MeetingRecordFinalisedConsumer(StatementsDbContext db, TimeProvider clock)
    : IdempotentConsumer<MeetingRecordFinalised, StatementsDbContext>(db, clock)
{
    protected override async Task Handle(MeetingRecordFinalised message, CancellationToken ct)
    {
        var meeting = await Db.Meetings.SingleOrDefaultAsync(m => m.Id == message.MeetingId, ct);
        if (meeting is null || await Db.Documents.AnyAsync(d => d.MeetingId == message.MeetingId && d.Kind == DocumentKind.Record, ct))
        {
            return;
        }

        var naming = await DocumentNumbering.NextAsync(Db, meeting, DocumentSeries.DefaultFor(DocumentKind.Record), null, ct);
        var level = message.Public ? DistributionLevel.General : DistributionLevel.Limited;
        var details = new DocumentDetails(DocumentKind.Record, message.TitleEn, message.TitleRu, null, null, level, null,
            DateOnly.FromDateTime(message.AtUtc), null);
        Db.Documents.Add(RegisteredDocument.Register(naming, details, Clock.GetUtcNow().UtcDateTime, Actors.System));
    }
}

public sealed class MeetingRecordFinalisedConsumerDefinition() : ServiceConsumerDefinition<MeetingRecordFinalisedConsumer>(StatementsDbContext.Service);
