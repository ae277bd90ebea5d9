namespace SummitCoordination.Contracts;

/// <summary>A party's standing in a format (DOMAIN.md, Participation changes over time).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<StandingKind>))]
public enum StandingKind
{
    /// <summary>Invited to attend without deciding.</summary>
    Guest,

    /// <summary>Attends without deciding, by standing arrangement.</summary>
    Observer,

    /// <summary>A full participant: in the deciding set of the format's meetings.</summary>
    Member,

    /// <summary>Partner X of a C5+X format: a full party to its joint outcomes.</summary>
    Partner,
}
