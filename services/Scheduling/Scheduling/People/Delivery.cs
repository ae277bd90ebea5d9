namespace SummitCoordination.Scheduling.People;

/// <summary>How a person hears of one kind of notice by mail (issue 23): at once, in a daily or weekly digest, or never.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Delivery>))]
public enum Delivery
{
    AtOnce,
    DailyDigest,
    WeeklyDigest,
    Never,
}
