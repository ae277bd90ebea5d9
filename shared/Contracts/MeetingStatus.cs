namespace SummitCoordination.Contracts;

/// <summary>
/// A meeting's status, one for every service (Scheduling's meeting and Consensus's copy of it): Planned → Announced →
/// Convened → Concluded; or Postponed / Cancelled with a reason. Stored and sent by name.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<MeetingStatus>))]
public enum MeetingStatus
{
    Planned,
    Announced,
    Convened,
    Concluded,
    Postponed,
    Cancelled,
}
