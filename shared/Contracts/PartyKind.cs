namespace SummitCoordination.Contracts;

/// <summary>What a party is in the catalogue: one of the five, a partner X of a C5+X format, or an observer.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PartyKind>))]
public enum PartyKind
{
    Member,
    Partner,
    Observer,
}
