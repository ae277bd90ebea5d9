namespace SummitCoordination.Contracts;

/// <summary>
/// The meeting moved: new times, venue, and possibly a new host state and time zone (DOMAIN.md, Moving a meeting).
/// <c>Deciders</c> is the deciding set on the new date (standings hold from dates, so a move can change it), and
/// <c>Chair</c> the body's chair on the new date (a move into another year can change it). <c>Title</c> is the meeting's
/// title after the move: a title the service made ("{body}, {city} {year}") follows the meeting to its new city and year.
/// </summary>
public sealed record MeetingRescheduled(Guid MeetingId, Guid BodyId, DateTime StartUtc, DateTime EndUtc, string TimeZone, string City, string Venue, DateTime AtUtc,
    string? HostParty = null, IReadOnlyList<string>? Deciders = null, string? Chair = null, string? Title = null);
