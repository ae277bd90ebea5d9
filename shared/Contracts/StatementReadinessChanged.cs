namespace SummitCoordination.Contracts;

/// <summary>
/// Whether a statement's latest version may be put to the decision, as Statements now sees it: the paragraphs that block
/// it (brackets, open options, unconfirmed ad referendum, concordance), none when the text is clean. Consensus keeps the
/// latest copy per statement (by <see cref="Revision"/>) and refuses to decide an adoption item on a text that is not clean.
/// </summary>
public sealed record StatementReadinessChanged(Guid StatementId, Guid MeetingId, int Version, long Revision, IReadOnlyList<ParagraphBlock> Blocking, DateTime AtUtc);
