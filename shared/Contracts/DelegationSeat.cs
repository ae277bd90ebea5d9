namespace SummitCoordination.Contracts;

/// <summary>
/// One party's delegation at a meeting as Scheduling records it: its head (empty while not named) with rank, and members.
/// Carried beside the party codes so that the meeting record names who attended without asking Scheduling.
/// </summary>
public sealed record DelegationSeat(string Party, string HeadName, string HeadRank, IReadOnlyList<string> Members);
