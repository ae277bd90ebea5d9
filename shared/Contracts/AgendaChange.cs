namespace SummitCoordination.Contracts;

/// <summary>Why Consensus changed a meeting's agenda on its own account (<see cref="AgendaUpdated.Why"/>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AgendaChange>))]
public enum AgendaChange
{
    /// <summary>The meeting convened and its items opened.</summary>
    Convened,

    /// <summary>The meeting closed and its undecided items moved on.</summary>
    Concluded,
}
