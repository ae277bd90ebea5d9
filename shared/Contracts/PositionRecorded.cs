namespace SummitCoordination.Contracts;

/// <summary>A party took or changed its position on an item (the confidential note never travels).</summary>
public sealed record PositionRecorded(Guid ItemId, Guid MeetingId, string Party, Position Position, DateTime AtUtc);
