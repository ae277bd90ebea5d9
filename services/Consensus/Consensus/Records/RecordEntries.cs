namespace SummitCoordination.Consensus.Records;

/// <summary>One entry of the speakers' list, kept by the secretariat while the meeting sits.</summary>
public sealed class SpokenStatement
{
    public Guid Id { get; private set; }
    public int Order { get; private set; }
    public string Party { get; private set; } = "";

    /// <summary>The item spoken on (null: a general statement, outside any item).</summary>
    public Guid? ItemId { get; private set; }
    public string? Speaker { get; private set; }
    public string? Summary { get; private set; }
    public string? SummaryRu { get; private set; }

    /// <summary>The symbol of the written statement circulated, if any (free text until the document register gives them).</summary>
    public string? DocumentSymbol { get; private set; }
    public DateTime AtUtc { get; private set; }

    private SpokenStatement()
    {
    }

    public SpokenStatement(int order, string party, Guid? itemId, string? speaker, string? summary, string? summaryRu, string? documentSymbol, DateTime atUtc)
    {
        (Id, Order, Party, ItemId, Speaker, Summary, SummaryRu, DocumentSymbol, AtUtc) =
            (Guid.NewGuid(), order, party, itemId, speaker, summary, summaryRu, documentSymbol, atUtc);
    }

    public void Correct(string? summary, string? summaryRu)
    {
        Summary = summary ?? Summary;
        SummaryRu = summaryRu ?? SummaryRu;
    }
}

/// <summary>A reservation or interpretative statement a delegation entered for the record: its own, in its own words.</summary>
public sealed class EnteredReservation
{
    public Guid Id { get; private set; }
    public string Party { get; private set; } = "";
    public ReservationKind Kind { get; private set; }
    public Guid? ItemId { get; private set; }
    public string? Text { get; private set; }
    public string? TextRu { get; private set; }
    public DateTime AtUtc { get; private set; }
    public string Actor { get; private set; } = "";

    private EnteredReservation()
    {
    }

    public EnteredReservation(string party, ReservationKind kind, Guid? itemId, string? text, string? textRu, DateTime atUtc, string actor)
    {
        (Id, Party, Kind, ItemId, Text, TextRu, AtUtc, Actor) = (Guid.NewGuid(), party, kind, itemId, text, textRu, atUtc, actor);
    }

    public void Correct(string? text, string? textRu)
    {
        Text = text ?? Text;
        TextRu = textRu ?? TextRu;
    }
}

/// <summary>A delegation's correction of its own part of the draft record, and the secretariat's answer.</summary>
public sealed class RecordCorrection
{
    public Guid Id { get; private set; }
    public string Party { get; private set; } = "";
    public RecordPart Part { get; private set; }

    /// <summary>The statement or reservation corrected (null for the attendance line).</summary>
    public Guid? EntryId { get; private set; }
    public string? Text { get; private set; }
    public string? TextRu { get; private set; }
    public string? HeadName { get; private set; }
    public string? HeadRank { get; private set; }
    public List<string>? Members { get; private set; }
    public CorrectionStatus Status { get; private set; }
    public string? Reason { get; private set; }
    public DateTime SubmittedUtc { get; private set; }
    public string SubmittedBy { get; private set; } = "";
    public DateTime? AnsweredUtc { get; private set; }
    public string? AnsweredBy { get; private set; }

    private RecordCorrection()
    {
    }

    public RecordCorrection(string party, RecordPart part, Guid? entryId, string? text, string? textRu, string? headName, string? headRank,
        IReadOnlyList<string>? members, DateTime nowUtc, string actor)
    {
        (Id, Party, Part, EntryId, Text, TextRu, HeadName, HeadRank, Members, Status, SubmittedUtc, SubmittedBy) =
            (Guid.NewGuid(), party, part, entryId, text, textRu, headName, headRank, members?.ToList(), CorrectionStatus.Pending, nowUtc, actor);
    }

    public void Answer(CorrectionStatus status, string? reason, DateTime nowUtc, string actor)
    {
        (Status, Reason, AnsweredUtc, AnsweredBy) = (status, reason, nowUtc, actor);
    }
}
