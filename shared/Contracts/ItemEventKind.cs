namespace SummitCoordination.Contracts;

/// <summary>What one entry of an agenda item's history records (<c>GET /api/agenda-items/{id}/history</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ItemEventKind>))]
public enum ItemEventKind
{
    /// <summary>Proposed for a meeting.</summary>
    Proposed,

    /// <summary>Recorded as already decided at a meeting held outside the service.</summary>
    RecordedAsHeld,

    /// <summary>A delegation's position: the entry's party and its position (visible only to whom the rulebook allows).</summary>
    Position,

    /// <summary>Taken up: the meeting convened, or a silence procedure reopened it.</summary>
    UnderConsideration,

    /// <summary>A silence procedure began; its deadline is in the detail.</summary>
    SilenceStarted,

    /// <summary>A silence procedure ended: broken, or passed in silence.</summary>
    SilenceEnded,

    /// <summary>The chair's decision: outcome, rule and reason.</summary>
    Decided,

    /// <summary>Adopted, with the parties it binds.</summary>
    Adopted,

    /// <summary>An information item noted.</summary>
    Noted,

    /// <summary>Deferred to the body's next meeting (<see cref="ItemMove.Deferred"/>).</summary>
    Deferred,

    /// <summary>Referred up to the parent body (<see cref="ItemMove.Referred"/>).</summary>
    Referred,

    /// <summary>Carried up to the next layer (<see cref="ItemMove.Escalated"/>).</summary>
    Escalated,

    /// <summary>Placed on a meeting just scheduled (<see cref="ItemMove.Placed"/>).</summary>
    Placed,

    /// <summary>Back to waiting: its meeting was called off (<see cref="ItemMove.Waiting"/>).</summary>
    Waiting,

    /// <summary>Withdrawn by its proposer or the secretariat.</summary>
    Withdrawn,
}

public static class ItemEventKinds
{
    /// <summary>The history entry that records a move of this kind.</summary>
    public static ItemEventKind Of(ItemMove move) => move switch
    {
        ItemMove.Deferred => ItemEventKind.Deferred,
        ItemMove.Referred => ItemEventKind.Referred,
        ItemMove.Escalated => ItemEventKind.Escalated,
        ItemMove.Placed => ItemEventKind.Placed,
        ItemMove.Waiting => ItemEventKind.Waiting,
        ItemMove.Withdrawn => ItemEventKind.Withdrawn,
        _ => throw new ArgumentOutOfRangeException(nameof(move), move, null),
    };
}
