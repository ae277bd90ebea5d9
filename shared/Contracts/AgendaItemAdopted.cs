namespace SummitCoordination.Contracts;

/// <summary>
/// An item reached consensus at its target layer and is final. For a Joint statement item, the statement and the
/// version adopted; <c>Bound</c> are the parties bound (the signatories). For a Decision that admits a party, the admission.
/// </summary>
public sealed record AgendaItemAdopted(Guid ItemId, Guid MeetingId, ItemKind Kind, string Title, Guid? StatementId, int? StatementVersion,
    IReadOnlyList<string> Bound, IReadOnlyList<string> OptedOut, DateTime AtUtc, Admission? Admission = null);
