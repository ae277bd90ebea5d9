namespace SummitCoordination.Contracts;

/// <summary>
/// A commitment a statement makes was recorded, or its progress or status changed (reported by the secretariat, or
/// overdue at its due date). Public pages that show the statement's commitments are rendered anew.
/// </summary>
public sealed record CommitmentChanged(Guid CommitmentId, Guid StatementId, string Status, DateTime AtUtc);
