namespace SummitCoordination.Statements.Register;

public sealed record SetBodyPattern(Guid BodyId, string Pattern, ClaimsPrincipal User);

/// <summary>The secretariat sets a body's symbol pattern; documents registered before keep their symbols.</summary>
public sealed class SetBodyPatternHandler(StatementsDbContext db, TimeProvider clock) : IHandler<SetBodyPattern, RegisterBody>
{
    public async Task<RegisterBody> HandleAsync(SetBodyPattern request, CancellationToken cancellationToken)
    {
        var body = await db.RegisterBodies.SingleOrDefaultAsync(b => b.BodyId == request.BodyId, cancellationToken);
        if (body is null)
        {
            body = RegisterBody.For(request.BodyId);
            db.RegisterBodies.Add(body);
        }

        body.SetPattern(request.Pattern, clock.GetUtcNow().UtcDateTime, request.User.Actor());
        await db.SaveChangesAsync(cancellationToken);
        return body;
    }
}
