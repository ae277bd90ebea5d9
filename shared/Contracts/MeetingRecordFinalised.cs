namespace SummitCoordination.Contracts;

/// <summary>
/// A meeting's record (journal) became final at the end of its correction window: it no longer changes and is
/// distributed at the body's level (<c>Public</c>: to anyone, the meeting being public; else to its participants). The
/// document register gives it a symbol from this.
/// </summary>
public sealed record MeetingRecordFinalised(Guid RecordId, Guid MeetingId, Guid BodyId, string TitleEn, string TitleRu, bool Public, DateTime AtUtc);
