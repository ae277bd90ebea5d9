namespace SummitCoordination.Contracts;

/// <summary>
/// A delegation entered (or withdrew) a reservation on a paragraph. A position: it carries no note (the confidential
/// note stays in Statements, shown to the state and the secretariat only).
/// </summary>
public sealed record ReservationEntered(Guid StatementId, Guid MeetingId, Guid ParagraphId, string Number, string Party, bool Withdrawn, DateTime AtUtc);
