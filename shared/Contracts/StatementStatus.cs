namespace SummitCoordination.Contracts;

[JsonConverter(typeof(JsonStringEnumConverter<StatementStatus>))]
public enum StatementStatus
{
    /// <summary>Versions and amendments are being worked on.</summary>
    Drafting,

    /// <summary>A version is frozen (hash, signatories); waiting for its release time.</summary>
    Adopted,

    /// <summary>Released to the public; never changes again.</summary>
    Published,
}
