namespace SummitCoordination.Contracts;

[JsonConverter(typeof(JsonStringEnumConverter<InstrumentKind>))]
public enum InstrumentKind
{
    Treaty,
    Agreement,
    Charter,
    Convention,
    Protocol,
}
