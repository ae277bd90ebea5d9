namespace SummitCoordination.Web.Services;

// The meeting record as Consensus answers it (GET /api/meetings/{id}/record, /public/records/{id}); statuses, parts and
// outcomes by name (the record's enums live in Consensus, not in the contracts).

public sealed record AttendanceView(string Party, bool Present, bool Observer, string HeadName, string HeadRank, IReadOnlyList<string> Members);

public sealed record RecordAgendaView(Guid ItemId, int Order, string Title, string Kind, string Outcome, string? Rule, string? Reason);

public sealed record SpokenView(Guid Id, int Order, string Party, Guid? ItemId, string? Speaker, string? Summary, string? SummaryRu, string? DocumentSymbol);

public sealed record RecordReservationView(Guid Id, string Party, string Kind, Guid? ItemId, string? Text, string? TextRu);

public sealed record CorrectionView(Guid Id, string Party, string Part, Guid? EntryId, string? Text, string? TextRu, string? HeadName, string? HeadRank,
    IReadOnlyList<string>? Members, string Status, string? Reason, DateTime SubmittedUtc);

public sealed record RecordView(Guid? Id, Guid MeetingId, Guid BodyId, string MeetingTitle, string BodyName, string Status, string Distribution, DateTime StartUtc,
    DateTime? DraftedUtc, DateTime? WindowClosesUtc, DateTime? FinalisedUtc, IReadOnlyList<AttendanceView> Attendance, IReadOnlyList<RecordAgendaView> Agenda,
    IReadOnlyList<SpokenView> Statements, IReadOnlyList<RecordReservationView> Reservations, IReadOnlyList<CorrectionView> Corrections);

public sealed record CorrectionRequest(string Party, string Part, Guid? EntryId, string? Text, string? TextRu, string? HeadName, string? HeadRank, IReadOnlyList<string>? Members);

public sealed record CorrectionAnswer(string? Reason);
