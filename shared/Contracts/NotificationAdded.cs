namespace SummitCoordination.Contracts;

/// <summary>
/// A message landed in a party's inbox (party "" is the secretariat's): open pages of that party update their count
/// and list at once, after the message is stored (it travels through the outbox with it).
/// </summary>
public sealed record NotificationAdded(Guid NotificationId, string Party, Guid MeetingId, NotificationKind Kind, string Message, DateTime CreatedUtc);
