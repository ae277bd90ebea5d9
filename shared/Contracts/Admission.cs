namespace SummitCoordination.Contracts;

/// <summary>
/// What a Decision item admitting a party decides (DOMAIN.md, Participation changes over time): the party, the standing it
/// takes in the meeting's format (Member, Partner, Observer, Guest), and the date from which it holds (null: the day the
/// item is adopted). Scheduling records the standing when the item is adopted. Where the decision says so, the standing
/// covers one layer of the format (<c>Layer</c>) or one body (<c>BodyId</c>: Azerbaijan in the Consultative Meeting of the
/// Heads of State, Tashkent 2025); neither: the whole format.
/// </summary>
public sealed record Admission(string Party, StandingKind Standing, DateOnly? From, Layer? Layer = null, Guid? BodyId = null);
