namespace SummitCoordination.Consensus.Items;

public sealed record PositionResponse(string Party, string Position, string? Note, DateTime AtUtc);

public sealed record ItemResponse(Guid Id, Guid? MeetingId, Guid BodyId, Layer Layer, ItemKind Kind, string Title, string? Text, Layer TargetLayer,
    string ProposedBy, ItemStatus Status, int Order, Guid? StatementId, int? StatementVersion, DateTime? SilenceDeadlineUtc,
    IReadOnlyList<PositionResponse> Positions, long Version, Admission? Admission = null) : IVersioned
{
    EntityTagHeaderValue IVersioned.ETag => EntityTags.For(Version);

    /// <summary>Confidential notes are shown to the secretariat and to the state that wrote them, to nobody else.</summary>
    public static string? NoteFor(ClaimsPrincipal user, string party, string? note) =>
        user.IsSecretariat() || user.IsDelegationOf(party) ? note : null;

    /// <summary>
    /// Who sees the states' positions (DOMAIN.md, Who sees what): the secretariat and the delegations of the meeting,
    /// not an invited observer, which sees the agenda and each item's outcome only.
    /// </summary>
    public static bool SeesPositions(ClaimsPrincipal user, Meetings.MeetingCopy? meeting) =>
        user.IsSecretariat() || (meeting is not null && user.PartyCode() is { } party && meeting.Delegations.Contains(party));

    public static ItemResponse From(AgendaItem i, ClaimsPrincipal user, bool seesPositions = true) => new(i.Id, i.MeetingId, i.BodyId, i.Layer, i.Kind,
        i.Title, i.Text, i.TargetLayer, i.ProposedBy, i.Status, i.Order, i.StatementId, i.StatementVersion, i.SilenceDeadlineUtc,
        seesPositions
            ? i.Positions.OrderBy(p => p.Party).Select(p => new PositionResponse(p.Party, p.Position.ToString(), NoteFor(user, p.Party, p.Note), p.AtUtc)).ToList()
            : [],
        i.Version, i.Admission);
}

public sealed record HistoryEntry(DateTime AtUtc, ItemEventKind Kind, string? Party, string? Detail, string? Note, string Actor, Guid? MeetingId);
