namespace SummitCoordination.Scheduling.Meetings;

public sealed record DelegationRequest(string? Party, string? HeadName, string? HeadRank, IReadOnlyList<string>? Members);

/// <summary>Soft conflicts (working hours, holidays, gaps) are overridden only with a reason, which is recorded.</summary>
public sealed record OverrideRequest(string? Reason);

/// <summary>
/// For a body whose turn passes with each meeting held, when the host chosen is not the state whose turn it is: that
/// state waives its turn (a waiver for the year, recorded on the body) or keeps it (this meeting does not count as a turn).
/// </summary>
public enum TurnChoice
{
    Waived,
    Kept,
}

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
    IReadOnlyList<string>? Observers,
    string? CoChair = null,
    OverrideRequest? Override = null,
    string? Source = null,
    TurnChoice? Turn = null);

/// <summary>
/// New times, and optionally a new place: host state, city, venue, time zone (a meeting postponed in one capital and
/// held in another). A new host without a time zone takes the zone of the host's capital. A host who is not the state
/// whose turn it is says what becomes of that turn (<see cref="TurnChoice"/>), as scheduling does.
/// </summary>
public sealed record RescheduleMeetingRequest(DateTimeOffset? Start, DateTimeOffset? End, string? City, string? Venue, OverrideRequest? Override = null,
    string? HostParty = null, string? TimeZone = null, TurnChoice? Turn = null);

public sealed record ReasonRequest(string? Reason);

public sealed record SetDelegationRequest(string? HeadName, string? HeadRank, IReadOnlyList<string>? Members, OverrideRequest? Override = null);

public sealed record SetObserversRequest(IReadOnlyList<string>? Observers);
