namespace SummitCoordination.Contracts;

[JsonConverter(typeof(JsonStringEnumConverter<InstrumentStatus>))]
public enum InstrumentStatus
{
    OpenForSignature,
    InForce,
}
