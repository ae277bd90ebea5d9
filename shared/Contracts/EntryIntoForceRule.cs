namespace SummitCoordination.Contracts;

/// <summary>When an instrument open for signature enters into force.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EntryIntoForceRule>))]
public enum EntryIntoForceRule
{
    /// <summary>When every party has ratified.</summary>
    AllParties,

    /// <summary>After a number of ratifications.</summary>
    Ratifications,
}
