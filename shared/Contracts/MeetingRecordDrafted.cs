namespace SummitCoordination.Contracts;

/// <summary>
/// A meeting concluded and its draft record (journal) is issued, Limited to its participants: each delegation may correct
/// what concerns its state until <paramref name="WindowClosesUtc"/>, when the record becomes final (<see cref="MeetingRecordFinalised"/>).
/// </summary>
public sealed record MeetingRecordDrafted(Guid RecordId, Guid MeetingId, Guid BodyId, string TitleEn, string TitleRu, DateTime WindowClosesUtc, DateTime AtUtc);
