namespace SummitCoordination.Statements.Instruments;

/// <summary>
/// Opens an instrument for signature at the meeting that adopted it (<c>POST /api/instruments</c>): the meeting has met,
/// its text (if named) was adopted there, its parties had delegations there, and it opens on or after the meeting's first
/// day and not in the future. Publishes InstrumentOpenedForSignature through the outbox.
/// </summary>
public sealed class OpenInstrumentHandler(StatementsDbContext db, TimeProvider clock) : IHandler<OpenInstrumentRequest, InstrumentResponse>
{
    public async Task<InstrumentResponse> HandleAsync(OpenInstrumentRequest request, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == request.MeetingId, cancellationToken) ?? throw DomainException.NotFound("Meeting", request.MeetingId!);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var meetingDay = DateOnly.FromDateTime(meeting.StartUtc);
        if (meeting.StartUtc > now && meeting.ConcludedUtc is null)
        {
            throw new DomainException(DomainErrorKind.Conflict, "instrument.meeting-ahead", "An instrument is opened for signature at the meeting that adopts it; this one has not met yet.");
        }

        if (request.StatementId is { } statementId)
        {
            var statement = await db.Statements.AsNoTracking().SingleOrDefaultAsync(s => s.Id == statementId, cancellationToken) ?? throw DomainException.NotFound("Statement", statementId);
            if (statement.MeetingId != meeting.Id || statement.AdoptedVersion is null)
            {
                throw new DomainException(DomainErrorKind.Conflict, "instrument.text-not-adopted", "The instrument's text must be a statement adopted at this meeting.");
            }
        }

        var parties = request.Parties ?? meeting.Parties;
        if (parties.FirstOrDefault(p => !meeting.Parties.Contains(p)) is { } stranger)
        {
            throw new DomainException(DomainErrorKind.Invalid, "instrument.party-not-at-meeting", $"{stranger} had no delegation at the meeting that adopted the instrument.");
        }

        // Opened at the meeting: its first day, or today for a meeting closed ahead of its planned start.
        var openedOn = request.OpenedOn ?? (meetingDay <= today ? meetingDay : today);
        if (openedOn > today || (meetingDay <= today && openedOn < meetingDay))
        {
            throw new DomainException(DomainErrorKind.Invalid, "instrument.opened-on", "An instrument is opened on or after the day its meeting began, and not in the future.");
        }

        var rule = request.EntryIntoForce!;
        var (instrument, opened) = Instrument.Open(meeting.Id, request.StatementId, request.Kind!.Value, request.Title!.Trim(), request.TitleRu?.Trim(),
            parties, rule.Rule!.Value, rule.Ratifications, rule.DaysAfter ?? 0, openedOn, now);
        db.Instruments.Add(instrument);
        db.Raise(opened, now);
        await db.SaveChangesAsync(cancellationToken);
        return InstrumentResponse.From(instrument);
    }
}
