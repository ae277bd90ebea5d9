namespace SummitCoordination.Contracts;

/// <summary>The layers of the C5 process, top down (DOMAIN.md, Layers).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Layer>))]
public enum Layer
{
    Leaders = 1,
    Ministers = 2,
    SeniorOfficials = 3,
    WorkingGroup = 4,
}
