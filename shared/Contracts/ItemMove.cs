namespace SummitCoordination.Contracts;

/// <summary>Why an agenda item left its meeting's agenda (<see cref="AgendaItemMoved.How"/>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ItemMove>))]
public enum ItemMove
{
    /// <summary>Deferred to the body's next meeting, by the chair or because its meeting closed undecided.</summary>
    Deferred,

    /// <summary>Referred up to the parent body before a decision.</summary>
    Referred,

    /// <summary>Adopted below its target layer and carried up to the next one.</summary>
    Escalated,

    /// <summary>It was waiting for a meeting and is placed on one just scheduled.</summary>
    Placed,

    /// <summary>Sent back to wait for a meeting: its meeting was called off.</summary>
    Waiting,

    /// <summary>Withdrawn by its proposer or the secretariat.</summary>
    Withdrawn,
}
