namespace SummitCoordination.Scheduling.Meetings;

/// <summary>
/// A party at one meeting: its head (a person, with rank; may be below the meeting's layer) and members. A head not yet
/// named has an empty name: it is nobody yet, so it never meets itself at another meeting.
/// </summary>
public sealed class Delegation
{
    public string Party { get; private set; } = "";

    /// <summary>The head's name, or empty while the state has not named its head.</summary>
    public string HeadName { get; private set; } = "";
    public string HeadRank { get; private set; } = "";
    public List<string> Members { get; private set; } = [];

    private Delegation()
    {
    }

    public bool HeadNamed => !string.IsNullOrWhiteSpace(HeadName);

    public Delegation(string party, string? headName, string headRank, IEnumerable<string> members)
    {
        Party = party;
        HeadName = headName?.Trim() ?? "";
        HeadRank = headRank;
        Members = members.ToList();
    }
}
