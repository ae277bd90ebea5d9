namespace SummitCoordination.Scheduling.Parties;

/// <summary>A public holiday of a party: a meeting it hosts that day is a soft conflict.</summary>
public sealed class PublicHoliday
{
    public string Party { get; private set; } = "";
    public DateOnly Date { get; private set; }
    public string Name { get; private set; } = "";

    private PublicHoliday()
    {
    }

    public PublicHoliday(string party, DateOnly date, string name)
    {
        Party = party;
        Date = date;
        Name = name;
    }
}
