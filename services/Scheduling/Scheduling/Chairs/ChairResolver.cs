namespace SummitCoordination.Scheduling.Chairs;

public sealed record ChairResponse(Guid BodyId, string BodyName, DateOnly On, string Party, string PartyName, string Reason)
{
    /// <summary>The reason as a code with arguments (<see cref="ChairReasons"/>); the English words stay in <see cref="Reason"/>.</summary>
    public string? ReasonCode => ChairReasons.Read(Reason).Code;

    public IReadOnlyList<string> ReasonArgs => ChairReasons.Read(Reason).Args;
}

/// <summary>Loads what <see cref="ChairRotation"/> needs: the order of the parties, and the body a rotation follows.</summary>
public sealed class ChairResolver(SchedulingDbContext db, PartyStandings standings)
{
    public async Task<ChairResponse> ChairOnAsync(Guid bodyId, DateOnly on, CancellationToken ct) =>
        await ChairOnAsync(await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Id == bodyId, ct) ?? throw DomainException.NotFound("Body", bodyId), on, ct);

    /// <summary>The chair on a date of a body as given (with a waiver not yet saved, say).</summary>
    public async Task<ChairResponse> ChairOnAsync(Body asked, DateOnly on, CancellationToken ct)
    {
        var body = asked;
        var via = new List<string>();
        for (var hops = 0; body.ChairRotation.Policy == RotationPolicy.FollowsBody; hops++)
        {
            if (hops > 5)
            {
                throw new DomainException(DomainErrorKind.Conflict, "chair.follow-cycle", $"The chair of {asked.Name} follows bodies in a circle.");
            }

            via.Add(body.Name);
            var next = body.ChairRotation.FollowsBodyId;
            // A body being changed in this unit of work is read as changed (a waiver not yet saved, while a summit week is booked).
            body = db.Bodies.Local.FirstOrDefault(b => b.Id == next)
                ?? await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Id == next, ct)
                ?? throw DomainException.NotFound("Body", next!);
        }

        // The chair rotates among the members of the date asked whose standing covers the body (a member admitted later
        // joins the alphabetical order then; one admitted to another layer does not).
        var codes = await standings.MembersAsync(body, on, ct);
        var members = await db.Parties.AsNoTracking().Where(p => codes.Contains(p.Code)).ToListAsync(ct);
        IReadOnlyList<string> order = body.ChairRotation.Policy == RotationPolicy.Alphabetical
            ? members.OrderBy(p => p.NameEn, StringComparer.Ordinal).Select(p => p.Code).ToList()
            : body.ChairRotation.Sequence;
        var answer = ChairRotation.ChairOn(on, body.ChairRotation, order);
        var reason = via.Count == 0 ? answer.Reason : $"the chair of {body.Name}: {answer.Reason}";
        var name = members.FirstOrDefault(p => p.Code == answer.Party)?.NameEn ?? answer.Party;
        return new ChairResponse(asked.Id, asked.Name, on, answer.Party, name, reason);
    }
}
