namespace SummitCoordination.Contracts;

/// <summary>
/// What a Decision item admitting a party decides (DOMAIN.md, Participation changes over time): the party, the standing it
/// takes in the meeting's format (Member, Partner, Observer, Guest), and the date from which it holds (null: the day the
/// item is adopted). Scheduling records the standing when the item is adopted.
/// </summary>
public sealed record Admission(string Party, string Standing, DateOnly? From);
