namespace SummitCoordination.Consensus.Records;

public sealed record StatementResponse(Guid Id, int Order, string Party, Guid? ItemId, string? Speaker, string? Summary, string? SummaryRu, string? DocumentSymbol,
    DateTime AtUtc);

public sealed record ReservationResponse(Guid Id, string Party, ReservationKind Kind, Guid? ItemId, string? Text, string? TextRu, DateTime AtUtc);

public sealed record CorrectionResponse(Guid Id, string Party, RecordPart Part, Guid? EntryId, string? Text, string? TextRu, string? HeadName, string? HeadRank,
    IReadOnlyList<string>? Members, CorrectionStatus Status, string? Reason, DateTime SubmittedUtc, DateTime? AnsweredUtc)
{
    public static CorrectionResponse From(RecordCorrection c) =>
        new(c.Id, c.Party, c.Part, c.EntryId, c.Text, c.TextRu, c.HeadName, c.HeadRank, c.Members, c.Status, c.Reason, c.SubmittedUtc, c.AnsweredUtc);
}

/// <summary>
/// The record as the caller may read it: everything to the secretariat; to a delegation, every part but only its own
/// state's corrections; to the public (a final record of a public meeting), the record without corrections.
/// <c>Distribution</c> is <c>Limited</c> (the participants) until the record is final and public, then <c>General</c>.
/// </summary>
public sealed record RecordResponse(Guid? Id, Guid MeetingId, Guid BodyId, string MeetingTitle, string BodyName, string TitleEn, string TitleRu,
    RecordStatus Status, string Distribution, DateTime StartUtc, DateTime? DraftedUtc, DateTime? WindowClosesUtc, DateTime? FinalisedUtc,
    IReadOnlyList<AttendanceEntry> Attendance, IReadOnlyList<AgendaEntry> Agenda, IReadOnlyList<StatementResponse> Statements,
    IReadOnlyList<ReservationResponse> Reservations, IReadOnlyList<CorrectionResponse> Corrections)
{
    public static RecordResponse From(MeetingRecord? record, MeetingCopy meeting, ClaimsPrincipal? user)
    {
        var kept = record is not null;
        record ??= MeetingRecord.Open(meeting);
        var corrections = user is null ? [] : record.Corrections
            .Where(c => user.IsSecretariat() || user.IsDelegationOf(c.Party))
            .OrderBy(c => c.SubmittedUtc).Select(CorrectionResponse.From).ToList();
        return new RecordResponse(kept ? record.Id : null, meeting.Id, meeting.BodyId, meeting.Title,
            meeting.BodyName, record.TitleEn, record.TitleRu, record.Status, record.Public ? "General" : "Limited", meeting.StartUtc, record.DraftedUtc,
            record.WindowClosesUtc, record.FinalisedUtc, record.Attendance, record.Agenda.OrderBy(a => a.Order).ToList(),
            record.Statements.OrderBy(s => s.Order)
                .Select(s => new StatementResponse(s.Id, s.Order, s.Party, s.ItemId, s.Speaker, s.Summary, s.SummaryRu, s.DocumentSymbol, s.AtUtc)).ToList(),
            record.Reservations.OrderBy(r => r.AtUtc).Select(r => new ReservationResponse(r.Id, r.Party, r.Kind, r.ItemId, r.Text, r.TextRu, r.AtUtc)).ToList(),
            corrections);
    }
}
