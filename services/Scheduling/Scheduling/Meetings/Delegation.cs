namespace SummitCoordination.Scheduling.Meetings;

/// <summary>A party at one meeting: its head (a person, with rank; may be below the meeting's layer) and members.</summary>
public sealed class Delegation
{
    public string Party { get; private set; } = "";
    public string HeadName { get; private set; } = "";
    public string HeadRank { get; private set; } = "";
    public List<string> Members { get; private set; } = [];

    private Delegation()
    {
    }

    public Delegation(string party, string headName, string headRank, IEnumerable<string> members)
    {
        Party = party;
        HeadName = headName;
        HeadRank = headRank;
        Members = members.ToList();
    }
}
