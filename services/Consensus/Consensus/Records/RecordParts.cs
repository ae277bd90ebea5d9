using System.Text.Json.Serialization;

namespace SummitCoordination.Consensus.Records;

/// <summary>Where a meeting's record stands: kept while the meeting sits, a draft in its correction window, then final.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RecordStatus>))]
public enum RecordStatus
{
    /// <summary>The meeting sits: the secretariat keeps the speakers' list, delegations enter reservations.</summary>
    Open,

    /// <summary>Generated at the close; Limited (the participants); corrections accepted until the window closes.</summary>
    Draft,

    /// <summary>The window closed: the record never changes again and is distributed at the body's level.</summary>
    Final,
}

/// <summary>What of the record a correction is about; always the correcting state's own part.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RecordPart>))]
public enum RecordPart
{
    /// <summary>The state's line of the attendance: its head (name, rank) and members.</summary>
    Attendance,

    /// <summary>A statement of the state on the speakers' list: its summary as recorded.</summary>
    Statement,

    /// <summary>A reservation or interpretative statement the state entered: its words.</summary>
    Reservation,
}

[JsonConverter(typeof(JsonStringEnumConverter<CorrectionStatus>))]
public enum CorrectionStatus
{
    Pending,

    /// <summary>Accepted by the secretariat: the record reads as corrected.</summary>
    Accepted,

    /// <summary>Rejected by the secretariat, with its reason.</summary>
    Rejected,

    /// <summary>Still unanswered when the window closed: the record became final without it.</summary>
    Lapsed,
}

[JsonConverter(typeof(JsonStringEnumConverter<ReservationKind>))]
public enum ReservationKind
{
    Reservation,
    InterpretativeStatement,
}

/// <summary>
/// One state's line of the attendance: present with its head and members as Scheduling recorded them (corrected where
/// the secretariat accepted a correction), or absent (a state of the deciding set that sent no delegation).
/// </summary>
public sealed record AttendanceEntry(string Party, bool Present, bool Observer, string HeadName, string HeadRank, IReadOnlyList<string> Members);

/// <summary>An item as taken at the meeting: what became of it there and the rule that decided it (null: not decided there).</summary>
public sealed record AgendaEntry(Guid ItemId, int Order, string Title, ItemKind Kind, AgendaOutcome Outcome, DecidedBy? Rule, string? Reason);

/// <summary>What became of an item at the meeting the record is of.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AgendaOutcome>))]
public enum AgendaOutcome
{
    Adopted,

    /// <summary>Consensus below its target layer: carried up to the parent body.</summary>
    Escalated,
    Noted,
    Blocked,
    Deferred,
    Referred,
    Withdrawn,

    /// <summary>Under a silence procedure that runs past the close; its outcome is taken when the record becomes final.</summary>
    UnderSilence,

    /// <summary>On the agenda but not taken up.</summary>
    NotTaken,
}
