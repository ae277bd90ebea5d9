namespace SummitCoordination.Contracts;

/// <summary>The date by which a capital was to confirm a paragraph agreed ad referendum passed without it: the secretariat hears of it.</summary>
public sealed record AdReferendumLapsed(Guid StatementId, Guid MeetingId, string StatementTitle, Guid ParagraphId, string Number, string Party, DateTime ConfirmByUtc,
    DateTime AtUtc);
