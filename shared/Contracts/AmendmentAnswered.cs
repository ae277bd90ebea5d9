namespace SummitCoordination.Contracts;

/// <summary>The secretariat accepted or rejected a delegation's amendment to a draft (with its reason when rejected).</summary>
public sealed record AmendmentAnswered(Guid StatementId, Guid AmendmentId, Guid MeetingId, string StatementTitle, string Party, bool Accepted, string? Reason,
    int? ResultingVersion, DateTime AtUtc);

/// <summary>A delegation proposed an amendment against a version of a draft; the secretariat (the pen holder) hears of it.</summary>
public sealed record AmendmentProposed(Guid StatementId, Guid AmendmentId, Guid MeetingId, string StatementTitle, string Party, int AgainstVersion,
    string Explanation, DateTime AtUtc);
