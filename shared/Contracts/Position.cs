namespace SummitCoordination.Contracts;

/// <summary>A party's position on an item (DOMAIN.md, Decision rules): Reserve means it cannot decide yet (awaiting instructions).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Position>))]
public enum Position
{
    Concur,
    Abstain,
    Object,
    Reserve,
}
