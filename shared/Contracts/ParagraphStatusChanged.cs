namespace SummitCoordination.Contracts;

/// <summary>
/// The chair or the pen holder changed a paragraph's status (or its options, or its ad referendum was confirmed or
/// lapsed). <see cref="ReservedBy"/> are the states with a reservation on it: they hear of the change in their inbox.
/// </summary>
public sealed record ParagraphStatusChanged(Guid StatementId, Guid MeetingId, string StatementTitle, Guid ParagraphId, string Number, ParagraphStatus Status,
    ParagraphEventKind Change, IReadOnlyList<string> ReservedBy, DateTime AtUtc);
