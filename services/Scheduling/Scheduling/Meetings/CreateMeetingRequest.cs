namespace SummitCoordination.Scheduling.Meetings;

public sealed record DelegationRequest(string? Party, string? HeadName, string? HeadRank, IReadOnlyList<string>? Members);

/// <summary>Start and end are instants (with an offset); the time zone is the venue's IANA id.</summary>
public sealed record CreateMeetingRequest(
    Guid? BodyId,
    string? Title,
    DateTimeOffset? Start,
    DateTimeOffset? End,
    string? TimeZone,
    string? HostParty,
    string? City,
    string? Venue,
    IReadOnlyList<DelegationRequest>? Delegations,
    IReadOnlyList<string>? Observers);
