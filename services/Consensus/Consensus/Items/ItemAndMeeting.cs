namespace SummitCoordination.Consensus.Items;

/// <summary>
/// An item with its positions and the copy of its meeting (none while it waits for one), read in one query: a write or
/// a read of an item needs both (who sits there, who decides, by which rule), and a second round trip for the meeting
/// was most of what a position cost beside its save.
/// </summary>
public sealed record ItemAndMeeting(AgendaItem Item, MeetingCopy? Meeting)
{
    /// <param name="tracked">For a write: the item and the meeting are tracked (the meeting unchanged unless the act changes it).</param>
    public static Task<ItemAndMeeting?> LoadAsync(ConsensusDbContext db, Guid id, bool tracked, CancellationToken ct)
    {
        var query = from i in db.AgendaItems
            where i.Id == id
            join m in db.Meetings on i.MeetingId equals (Guid?)m.Id into meetings
            from m in meetings.DefaultIfEmpty()
            select new ItemAndMeeting(i, m);
        // One collection (the positions) joined to one row: no cartesian product to split.
        return (tracked ? query : query.AsNoTracking()).AsSingleQuery().SingleOrDefaultAsync(ct);
    }
}
