namespace SummitCoordination.Scheduling.Meetings;

/// <summary>One change to a meeting, kept for good: what, when, by whom, and any soft conflict overridden with its reason.</summary>
public sealed class MeetingChange
{
    public int Id { get; private set; }
    public DateTime AtUtc { get; private set; }
    public MeetingChangeKind Kind { get; private set; }
    public string? Detail { get; private set; }
    public string Actor { get; private set; } = "";
    public string? OverrideReason { get; private set; }

    private MeetingChange()
    {
    }

    public MeetingChange(DateTime atUtc, MeetingChangeKind kind, string? detail, string actor, string? overrideReason = null)
    {
        AtUtc = atUtc;
        Kind = kind;
        Detail = detail;
        Actor = actor;
        OverrideReason = overrideReason;
    }
}
