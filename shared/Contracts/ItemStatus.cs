namespace SummitCoordination.Contracts;

/// <summary>
/// Waiting (no meeting to sit on) → Submitted (on a meeting's agenda) → UnderConsideration (meeting convened) →
/// Adopted / Blocked / Deferred / Noted (information) / Withdrawn (DOMAIN.md, Item status). A deferred item shows
/// Deferred until it is placed on another meeting (while its meeting still sits, positions may change and the chair
/// may decide again); escalated items go back to Submitted or Waiting at their next meeting; the history keeps every step.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ItemStatus>))]
public enum ItemStatus
{
    Waiting,
    Submitted,
    UnderConsideration,
    Blocked,
    Adopted,
    Noted,
    Withdrawn,
    Deferred,
}
