namespace SummitCoordination.Scheduling.Meetings;

/// <summary>Planned → Announced → Convened → Concluded; or Postponed / Cancelled with a reason.</summary>
public enum MeetingStatus
{
    Planned,
    Announced,
    Convened,
    Concluded,
    Postponed,
    Cancelled,
}
