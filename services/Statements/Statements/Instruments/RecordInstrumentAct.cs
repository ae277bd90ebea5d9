namespace SummitCoordination.Statements.Instruments;

/// <summary>A party's signature, or the deposit of its ratification, on a date (<c>POST /api/instruments/{id}/signatures</c>, <c>.../ratifications</c>).</summary>
public sealed record RecordInstrumentAct(Guid InstrumentId, InstrumentActRequest Request, bool Ratification, ClaimsPrincipal User);

/// <summary>
/// Records the act for the party's own delegation or the secretariat as depositary, lets the instrument enter into force
/// where its rule is met, and sets the job of an entry into force still ahead once that is committed.
/// </summary>
public sealed class RecordInstrumentActHandler(StatementsDbContext db, IAuthorizationService authorization, TimeProvider clock,
    [FromKeyedServices(StatementsDbContext.Service)] IDeadlines deadlines) : IHandler<RecordInstrumentAct, InstrumentResponse>
{
    public async Task<InstrumentResponse> HandleAsync(RecordInstrumentAct request, CancellationToken cancellationToken)
    {
        var (party, on) = (request.Request.Party!, request.Request.On!.Value);
        await authorization.RequireAsync(request.User, new ActingFor(party), OwnStateRequirement.OrSecretariat,
            () => new DomainException(DomainErrorKind.Forbidden, "instrument.other-party", "A delegation records only its own state's signature or ratification."));

        var instrument = await InstrumentEndpoints.LoadAsync(db, request.InstrumentId, tracked: true, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        db.Raise(request.Ratification ? instrument.Ratify(party, on, today, now) : instrument.Sign(party, on, today, now), now);
        foreach (var entered in instrument.Advance(today, now))
        {
            db.Raise(entered, now);
        }

        db.AfterCommit(token => EntryIntoForceJob.SetAsync(deadlines, instrument, token));
        await db.SaveChangesAsync(cancellationToken);
        return InstrumentResponse.From(instrument);
    }
}
