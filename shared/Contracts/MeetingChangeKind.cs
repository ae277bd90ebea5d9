namespace SummitCoordination.Contracts;

/// <summary>What one entry of a meeting's history records (<c>GET /api/meetings/{id}/history</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MeetingChangeKind>))]
public enum MeetingChangeKind
{
    /// <summary>Scheduled: dates and place in the detail.</summary>
    Scheduled,

    /// <summary>Entered after the fact from the record of a meeting held outside the service.</summary>
    RecordedAsHeld,

    /// <summary>Moved: new dates and place (and host, if it changed) in the detail.</summary>
    Rescheduled,

    /// <summary>Put on the public calendar.</summary>
    Announced,

    /// <summary>Postponed, with its reason.</summary>
    Postponed,

    /// <summary>Cancelled, with its reason.</summary>
    Cancelled,

    /// <summary>Opened (ahead of its scheduled start only with a reason).</summary>
    Convened,

    /// <summary>Closed.</summary>
    Concluded,

    /// <summary>Hosted out of turn: the party whose turn it was keeps it.</summary>
    HostedOutOfTurn,

    /// <summary>A party waived its turn to host.</summary>
    TurnWaived,

    /// <summary>A delegation named or changed: head and rank.</summary>
    DelegationSet,

    /// <summary>A delegation removed.</summary>
    DelegationRemoved,

    /// <summary>The observers admitted, as a list.</summary>
    ObserversSet,
}
