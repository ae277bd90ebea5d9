namespace SummitCoordination.Contracts;

[JsonConverter(typeof(JsonStringEnumConverter<AmendmentStatus>))]
public enum AmendmentStatus
{
    Proposed,
    Accepted,
    Rejected,
}
