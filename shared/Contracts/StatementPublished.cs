namespace SummitCoordination.Contracts;

/// <summary>
/// A statement was released to the public: the frozen text (version and SHA-256 content hash), who signed it, and
/// the stable slug observers read it under. <c>Corrects</c> names the statement a corrigendum corrects.
/// </summary>
public sealed record StatementPublished(Guid StatementId, string Slug, StatementKind Kind, string Title, Guid MeetingId, int Version, string ContentHash,
    IReadOnlyList<string> Signatories, Guid? Corrects, DateTime PublishedAtUtc);
