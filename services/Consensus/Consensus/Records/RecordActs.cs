namespace SummitCoordination.Consensus.Records;

/// <summary>Who may read and write a meeting's record (DOMAIN.md, Who sees what; Documents, records and mail).</summary>
public static class RecordAccess
{
    /// <summary>The meeting and its record (null: nothing kept yet); 404 for a caller who does not sit in the meeting, as for a random id.</summary>
    public static async Task<(MeetingCopy Meeting, MeetingRecord? Record)> LoadAsync(ConsensusDbContext db, Guid meetingId, ClaimsPrincipal user, bool tracked,
        CancellationToken ct)
    {
        var meeting = await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null || !user.MaySeeMeeting(meeting.Seats))
        {
            throw DomainException.NotFound("Meeting", meetingId);
        }

        return (meeting, await FindAsync(db, meetingId, tracked, ct));
    }

    public static Task<MeetingRecord?> FindAsync(ConsensusDbContext db, Guid meetingId, bool tracked, CancellationToken ct)
    {
        var records = db.MeetingRecords.Include(r => r.Statements).Include(r => r.Reservations).Include(r => r.Corrections).AsSplitQuery();
        return (tracked ? records : records.AsNoTracking()).SingleOrDefaultAsync(r => r.MeetingId == meetingId, ct);
    }

    /// <summary>A final record of a public meeting, for anyone; 404 otherwise (a draft is Limited: the public sees nothing of it).</summary>
    public static async Task<(MeetingCopy Meeting, MeetingRecord Record)> PublicAsync(ConsensusDbContext db, Guid meetingId, CancellationToken ct)
    {
        var record = await FindAsync(db, meetingId, tracked: false, ct);
        var meeting = await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == meetingId, ct);
        return record is { Status: RecordStatus.Final, Public: true } && meeting is not null ? (meeting, record) : throw DomainException.NotFound("Record", meetingId);
    }

    /// <summary>The meeting and its record, tracked, for a delegation acting for <paramref name="party"/>: only its own state's (403).</summary>
    public static async Task<(MeetingCopy Meeting, MeetingRecord? Record)> LoadForOwnStateAsync(ConsensusDbContext db, Guid meetingId, ClaimsPrincipal user,
        string party, CancellationToken ct)
    {
        var loaded = await LoadAsync(db, meetingId, user, tracked: true, ct);
        RequireOwnState(user, party);
        return loaded;
    }

    /// <summary>A delegation acts only for its own state (403 <c>record.other-party</c>).</summary>
    public static void RequireOwnState(ClaimsPrincipal user, string party)
    {
        if (!OwnStateHandler.Allows(user, OwnStateRequirement.DelegationOnly, party))
        {
            throw new DomainException(DomainErrorKind.Forbidden, "record.other-party", "A delegation acts only for its own state.");
        }
    }

    public static void RequireOnAgenda(IReadOnlyCollection<Guid> agenda, Guid? itemId)
    {
        if (itemId is { } id && !agenda.Contains(id))
        {
            throw DomainException.InvalidField("itemId", "An item of this meeting's agenda.");
        }
    }

    public static Task<List<Guid>> AgendaIdsAsync(ConsensusDbContext db, Guid meetingId, CancellationToken ct) =>
        db.AgendaItems.AsNoTracking().Where(i => i.MeetingId == meetingId || i.History.Any(h => h.MeetingId == meetingId)).Select(i => i.Id).ToListAsync(ct);

    public static MeetingRecord OpenFor(ConsensusDbContext db, MeetingCopy meeting, MeetingRecord? record)
    {
        if (record is not null)
        {
            return record;
        }

        record = MeetingRecord.Open(meeting);
        db.MeetingRecords.Add(record);
        return record;
    }
}

public sealed record AddSpeaker(Guid MeetingId, SpeakerRequest Request, ClaimsPrincipal User);

/// <summary>The secretariat puts a speaker on the list while the meeting sits (409 <c>record.not-sitting</c> before or after).</summary>
public sealed class AddSpeakerHandler(ConsensusDbContext db, TimeProvider clock) : IHandler<AddSpeaker, RecordResponse>
{
    public async Task<RecordResponse> HandleAsync(AddSpeaker request, CancellationToken ct)
    {
        var (meeting, record) = await RecordAccess.LoadAsync(db, request.MeetingId, request.User, tracked: true, ct);
        var ask = request.Request;
        if (!meeting.Seats(ask.Party!))
        {
            throw DomainException.InvalidField("party", $"{ask.Party} does not sit in this meeting.");
        }

        RecordAccess.RequireOnAgenda(await RecordAccess.AgendaIdsAsync(db, meeting.Id, ct), ask.ItemId);
        if (meeting.Status != MeetingStatus.Convened)
        {
            throw new DomainException(DomainErrorKind.Conflict, "record.not-sitting", "The speakers' list is kept while the meeting sits.");
        }

        record = RecordAccess.OpenFor(db, meeting, record);
        record.AddStatement(ask.Party!, ask.ItemId, Trimmed(ask.Speaker), Trimmed(ask.Summary), Trimmed(ask.SummaryRu), Trimmed(ask.DocumentSymbol),
            clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return RecordResponse.From(record, meeting, request.User);
    }

    internal static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

public sealed record EnterReservation(Guid MeetingId, ReservationRequest Request, ClaimsPrincipal User);

/// <summary>
/// A delegation enters a reservation or interpretative statement for its own state, in its own words: while the meeting
/// sits or within the record's correction window.
/// </summary>
public sealed class EnterReservationHandler(ConsensusDbContext db, TimeProvider clock) : IHandler<EnterReservation, RecordResponse>
{
    public async Task<RecordResponse> HandleAsync(EnterReservation request, CancellationToken ct)
    {
        var ask = request.Request;
        var (meeting, record) = await RecordAccess.LoadForOwnStateAsync(db, request.MeetingId, request.User, ask.Party!, ct);
        if (!meeting.Delegations.Contains(ask.Party!))
        {
            throw new DomainException(DomainErrorKind.Forbidden, "record.not-a-delegation", $"{ask.Party} has no delegation at this meeting.");
        }

        RecordAccess.RequireOnAgenda(await RecordAccess.AgendaIdsAsync(db, meeting.Id, ct), ask.ItemId);
        if (record is null && meeting.Status != MeetingStatus.Convened)
        {
            throw new DomainException(DomainErrorKind.Conflict, "record.window-closed",
                "Reservations are entered while the meeting sits or within the record's correction window.");
        }

        record = RecordAccess.OpenFor(db, meeting, record);
        record.EnterReservation(ask.Party!, ask.Kind!.Value, ask.ItemId, AddSpeakerHandler.Trimmed(ask.Text), AddSpeakerHandler.Trimmed(ask.TextRu),
            clock.GetUtcNow().UtcDateTime, request.User.Actor());
        await db.SaveChangesAsync(ct);
        return RecordResponse.From(record, meeting, request.User);
    }
}

public sealed record SubmitCorrection(Guid MeetingId, CorrectionRequest Request, ClaimsPrincipal User);

/// <summary>
/// A delegation corrects what the draft record says of its own state: 403 for another state's part, 409 outside the
/// window. Nothing in the record changes until the secretariat accepts it.
/// </summary>
public sealed class SubmitCorrectionHandler(ConsensusDbContext db, TimeProvider clock) : IHandler<SubmitCorrection, CorrectionResponse>
{
    public async Task<CorrectionResponse> HandleAsync(SubmitCorrection request, CancellationToken ct)
    {
        var ask = request.Request;
        var (_, record) = await RecordAccess.LoadForOwnStateAsync(db, request.MeetingId, request.User, ask.Party!, ct);
        if (record is null)
        {
            throw new DomainException(DomainErrorKind.Conflict, "record.window-closed", "The record is drafted when the meeting concludes; corrections come after.");
        }

        var attendance = ask.Part == RecordPart.Attendance;
        var correction = record.SubmitCorrection(ask.Party!, ask.Part!.Value, attendance ? null : ask.EntryId,
            attendance ? null : AddSpeakerHandler.Trimmed(ask.Text), attendance ? null : AddSpeakerHandler.Trimmed(ask.TextRu),
            attendance ? ask.HeadName!.Trim() : null, attendance ? ask.HeadRank!.Trim() : null,
            attendance ? (ask.Members ?? []).Select(m => m.Trim()).ToList() : null, clock.GetUtcNow().UtcDateTime, request.User.Actor());
        await db.SaveChangesAsync(ct);
        return CorrectionResponse.From(correction);
    }
}

public sealed record AnswerCorrection(Guid MeetingId, Guid CorrectionId, bool Accept, string? Reason, ClaimsPrincipal User);

/// <summary>The secretariat accepts (the record changes) or rejects (with a reason) a pending correction, within the window.</summary>
public sealed class AnswerCorrectionHandler(ConsensusDbContext db, TimeProvider clock) : IHandler<AnswerCorrection, RecordResponse>
{
    public async Task<RecordResponse> HandleAsync(AnswerCorrection request, CancellationToken ct)
    {
        var reason = AddSpeakerHandler.Trimmed(request.Reason);
        if (!request.Accept && reason is null)
        {
            throw DomainException.InvalidField("reason", "Say why the correction is rejected.");
        }

        var (meeting, record) = await RecordAccess.LoadAsync(db, request.MeetingId, request.User, tracked: true, ct);
        if (record is null)
        {
            throw DomainException.NotFound("Correction", request.CorrectionId);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        _ = request.Accept
            ? record.Accept(request.CorrectionId, reason, now, request.User.Actor())
            : record.Reject(request.CorrectionId, reason!, now, request.User.Actor());
        await db.SaveChangesAsync(ct);
        return RecordResponse.From(record, meeting, request.User);
    }
}

public sealed record SetRecordSettings(Guid BodyId, int CorrectionWindowDays);

public sealed record RecordSettingsResponse(Guid BodyId, string Name, int CorrectionWindowDays);

/// <summary>The body's correction window, for the records drafted from now on (a draft keeps the window it opened with).</summary>
public sealed class SetRecordSettingsHandler(ConsensusDbContext db) : IHandler<SetRecordSettings, RecordSettingsResponse>
{
    public async Task<RecordSettingsResponse> HandleAsync(SetRecordSettings request, CancellationToken ct)
    {
        var body = await db.Bodies.SingleOrDefaultAsync(b => b.Id == request.BodyId, ct) ?? throw DomainException.NotFound("Body", request.BodyId);
        body.SetCorrectionWindow(request.CorrectionWindowDays);
        await db.SaveChangesAsync(ct);
        return new RecordSettingsResponse(body.Id, body.Name, body.CorrectionWindowDays);
    }
}

/// <summary>What the meeting's close and the window's end do to its record; called by the consumer and the deadline job.</summary>
public sealed class RecordKeeping(ConsensusDbContext db, [FromKeyedServices(ConsensusDbContext.Service)] IDeadlines deadlines)
{
    /// <summary>At the close: the draft from the meeting's own data, Limited, and the window's persistent job set once it commits.</summary>
    public async Task DraftAsync(MeetingCopy meeting, DateTime nowUtc, CancellationToken ct)
    {
        var record = RecordAccess.OpenFor(db, meeting, await RecordAccess.FindAsync(db, meeting.Id, tracked: true, ct));
        if (record.Status != RecordStatus.Open)
        {
            return;
        }

        var body = await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Id == meeting.BodyId, ct);
        if (record.Draft(RecordDraft.Attendance(meeting), await RecordDraft.AgendaAsync(db, meeting.Id, ct), nowUtc,
            body?.CorrectionWindowDays ?? BodyRule.DefaultCorrectionWindowDays) is { } drafted)
        {
            // The delegations are told (Scheduling's inbox, and mail) in the same transaction as the draft.
            db.Raise(drafted, nowUtc);
        }

        var (id, closes) = (record.Id, record.WindowClosesUtc!.Value);
        db.AfterCommit(token => RecordFinalisationJob.SetAsync(deadlines, id, closes, token));
    }
}
