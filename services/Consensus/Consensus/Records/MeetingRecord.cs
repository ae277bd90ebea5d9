namespace SummitCoordination.Consensus.Records;

/// <summary>
/// The record (journal) of one meeting (DOMAIN.md, Documents, records and mail): kept while the meeting sits (speakers'
/// list, reservations), drafted at its close from the meeting's own data (attendance, the agenda as taken), corrected by
/// each delegation for its own state within the body's window, then final. Every change goes through a method here.
/// </summary>
public sealed class MeetingRecord : Aggregate
{
    public Guid Id { get; private set; }
    public Guid MeetingId { get; private set; }
    public Guid BodyId { get; private set; }
    public string MeetingTitle { get; private set; } = "";
    public string BodyName { get; private set; } = "";
    public RecordStatus Status { get; private set; }
    public DateTime? DraftedUtc { get; private set; }

    /// <summary>When the correction window closes and the record becomes final (a persistent job: <see cref="RecordFinalisationJob"/>).</summary>
    public DateTime? WindowClosesUtc { get; private set; }
    public DateTime? FinalisedUtc { get; private set; }

    /// <summary>Final and distributed to anyone (the meeting was public); otherwise only its participants read it.</summary>
    public bool Public { get; private set; }
    public List<AttendanceEntry> Attendance { get; private set; } = [];
    public List<AgendaEntry> Agenda { get; private set; } = [];
    public List<SpokenStatement> Statements { get; private set; } = [];
    public List<EnteredReservation> Reservations { get; private set; } = [];
    public List<RecordCorrection> Corrections { get; private set; } = [];

    private MeetingRecord()
    {
    }

    public static MeetingRecord Open(MeetingCopy meeting) => new()
    {
        Id = Guid.NewGuid(),
        MeetingId = meeting.Id,
        BodyId = meeting.BodyId,
        MeetingTitle = meeting.Title,
        BodyName = meeting.BodyName,
        Status = RecordStatus.Open,
    };

    public string TitleEn => $"Journal of the meeting: {MeetingTitle}";

    public string TitleRu => $"Журнал заседания: {MeetingTitle}";

    public bool InWindow(DateTime nowUtc) => Status == RecordStatus.Draft && nowUtc < WindowClosesUtc;

    /// <summary>The secretariat adds a speaker while the meeting sits.</summary>
    public SpokenStatement AddStatement(string party, Guid? itemId, string? speaker, string? summary, string? summaryRu, string? documentSymbol, DateTime nowUtc)
    {
        if (Status != RecordStatus.Open)
        {
            throw Closed("record.not-sitting", "The speakers' list is kept while the meeting sits; the draft record is corrected by its delegations.");
        }

        var entry = new SpokenStatement(Statements.Count + 1, party, itemId, speaker, summary, summaryRu, documentSymbol, nowUtc);
        Statements.Add(entry);
        return entry;
    }

    /// <summary>A delegation enters a reservation or interpretative statement: while the meeting sits or within the correction window.</summary>
    public EnteredReservation EnterReservation(string party, ReservationKind kind, Guid? itemId, string? text, string? textRu, DateTime nowUtc, string actor)
    {
        if (Status != RecordStatus.Open && !InWindow(nowUtc))
        {
            throw Closed("record.window-closed", "Reservations are entered while the meeting sits or within the record's correction window.");
        }

        var entry = new EnteredReservation(party, kind, itemId, text, textRu, nowUtc, actor);
        Reservations.Add(entry);
        return entry;
    }

    /// <summary>At the meeting's close: attendance and the agenda as taken, and the correction window opens (null: drafted before).</summary>
    public MeetingRecordDrafted? Draft(IReadOnlyList<AttendanceEntry> attendance, IReadOnlyList<AgendaEntry> agenda, DateTime nowUtc, int windowDays)
    {
        if (Status != RecordStatus.Open)
        {
            return null;
        }

        Attendance = attendance.ToList();
        Agenda = agenda.ToList();
        Status = RecordStatus.Draft;
        DraftedUtc = nowUtc;
        WindowClosesUtc = nowUtc.AddDays(windowDays);
        return new MeetingRecordDrafted(Id, MeetingId, BodyId, TitleEn, TitleRu, WindowClosesUtc.Value, nowUtc);
    }

    /// <summary>A delegation's correction of its own state's part, within the window. Nothing changes until the secretariat accepts it.</summary>
    public RecordCorrection SubmitCorrection(string party, RecordPart part, Guid? entryId, string? text, string? textRu, string? headName, string? headRank,
        IReadOnlyList<string>? members, DateTime nowUtc, string actor)
    {
        if (!InWindow(nowUtc))
        {
            throw Closed("record.window-closed", Status == RecordStatus.Open
                ? "The record is drafted when the meeting concludes; corrections come after."
                : $"The correction window closed at {WindowClosesUtc:u}.");
        }

        var owner = part switch
        {
            RecordPart.Attendance => Attendance.Any(a => a.Party == party) ? party : null,
            RecordPart.Statement => Statements.SingleOrDefault(s => s.Id == entryId)?.Party,
            _ => Reservations.SingleOrDefault(r => r.Id == entryId)?.Party,
        };
        if (owner is null && part != RecordPart.Attendance)
        {
            throw DomainException.NotFound("Record entry", entryId!.Value);
        }

        if (owner != party)
        {
            throw new DomainException(DomainErrorKind.Forbidden, "record.other-party", "A delegation corrects only what the record says of its own state.");
        }

        var correction = new RecordCorrection(party, part, entryId, text, textRu, headName, headRank, members, nowUtc, actor);
        Corrections.Add(correction);
        return correction;
    }

    /// <summary>The secretariat accepts a pending correction: the record reads as corrected.</summary>
    public RecordCorrection Accept(Guid correctionId, string? reason, DateTime nowUtc, string actor)
    {
        var correction = Pending(correctionId, nowUtc);
        switch (correction.Part)
        {
            case RecordPart.Attendance:
                var at = Attendance.FindIndex(a => a.Party == correction.Party);
                Attendance[at] = Attendance[at] with
                {
                    Present = true,
                    HeadName = correction.HeadName ?? Attendance[at].HeadName,
                    HeadRank = correction.HeadRank ?? Attendance[at].HeadRank,
                    Members = correction.Members ?? Attendance[at].Members,
                };
                // A list of records inside a JSON column: a new list makes the change seen.
                Attendance = [.. Attendance];
                break;
            case RecordPart.Statement:
                Statements.Single(s => s.Id == correction.EntryId).Correct(correction.Text, correction.TextRu);
                break;
            default:
                Reservations.Single(r => r.Id == correction.EntryId).Correct(correction.Text, correction.TextRu);
                break;
        }

        correction.Answer(CorrectionStatus.Accepted, reason, nowUtc, actor);
        return correction;
    }

    public RecordCorrection Reject(Guid correctionId, string reason, DateTime nowUtc, string actor)
    {
        var correction = Pending(correctionId, nowUtc);
        correction.Answer(CorrectionStatus.Rejected, reason, nowUtc, actor);
        return correction;
    }

    /// <summary>
    /// The window closed: the agenda is taken once more (a silence procedure that ran past the close has its outcome now),
    /// unanswered corrections lapse, and the record is final for good.
    /// </summary>
    public MeetingRecordFinalised? Finalise(IReadOnlyList<AgendaEntry> agenda, bool isPublic, DateTime nowUtc)
    {
        if (Status != RecordStatus.Draft)
        {
            return null;
        }

        Agenda = agenda.ToList();
        foreach (var correction in Corrections.Where(c => c.Status == CorrectionStatus.Pending))
        {
            correction.Answer(CorrectionStatus.Lapsed, "The correction window closed before it was answered.", nowUtc, Actors.System);
        }

        Status = RecordStatus.Final;
        Public = isPublic;
        FinalisedUtc = nowUtc;
        return new MeetingRecordFinalised(Id, MeetingId, BodyId, TitleEn, TitleRu, isPublic, nowUtc);
    }

    private RecordCorrection Pending(Guid correctionId, DateTime nowUtc)
    {
        var correction = Corrections.SingleOrDefault(c => c.Id == correctionId) ?? throw DomainException.NotFound("Correction", correctionId);
        if (!InWindow(nowUtc))
        {
            throw Closed(Status == RecordStatus.Final ? "record.final" : "record.window-closed", "The correction window has closed: the record no longer changes.");
        }

        if (correction.Status != CorrectionStatus.Pending)
        {
            throw Closed("record.correction-answered", $"The correction was already answered ({correction.Status}).");
        }

        return correction;
    }

    private static DomainException Closed(string code, string message) => new(DomainErrorKind.Conflict, code, message);
}
