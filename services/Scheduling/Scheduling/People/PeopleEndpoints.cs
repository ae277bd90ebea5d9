using Microsoft.AspNetCore.Http.HttpResults;

namespace SummitCoordination.Scheduling.People;

/// <summary>
/// Issue 23: the people who get mail, managed by the secretariat (everyone) and by each delegation's focal point (its
/// own state's people); and each signed-in person's own preferences (<c>/api/people/me</c>).
/// </summary>
public static class PeopleEndpoints
{
    public static IEndpointRouteBuilder MapPeopleEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/people").WithTags("People");
        group.MapGet("/", ListAsync).RequireAuthorization(Policies.PeopleManager)
            .WithSummary("The people who get mail: the secretariat sees everyone (party: one state's, `secretariat`: its own); a focal point its own state's (another party: 403 person.other-state).");
        group.MapPost("/", CreateAsync).Validate<PersonRequest>().RequireAuthorization(Policies.PeopleManager)
            .WithSummary("Adds a person (400 an invalid address or language, 403 a person of another state, 409 person.duplicate-address).");
        group.MapGet("/me", async (ClaimsPrincipal user, SchedulingDbContext db, CancellationToken ct) =>
                TypedResults.Ok(PersonResponse.Of(await MeAsync(user, db, ct))))
            .RequireAuthorization(Policies.Participant).WithSummary("The signed-in person (the person whose account is the caller's); 404 person.not-found when none is.");
        group.MapPut("/me/preferences", async (PreferencesRequest request, ClaimsPrincipal user, SchedulingDbContext db, TimeProvider clock, CancellationToken ct) =>
                TypedResults.Ok(await PreferAsync(await MeAsync(user, db, ct), request, db, clock, ct)))
            .Validate<PreferencesRequest>().RequireAuthorization(Policies.Participant)
            .WithSummary("Sets the signed-in person's own preferences (kinds not named stay as they were).");
        group.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, SchedulingDbContext db, CancellationToken ct) =>
                TypedResults.Ok(PersonResponse.Of(await FindAsync(id, user, db, ct))))
            .RequireAuthorization(Policies.PeopleManager).WithSummary("One person (403 person.other-state for a focal point of another state).");
        group.MapPut("/{id:guid}", EditAsync).Validate<PersonRequest>().RequireAuthorization(Policies.PeopleManager)
            .WithSummary("Replaces a person's name, address, language, state and account, and sets the named preferences.");
        group.MapPut("/{id:guid}/preferences", async (Guid id, PreferencesRequest request, ClaimsPrincipal user, SchedulingDbContext db, TimeProvider clock,
                    CancellationToken ct) => TypedResults.Ok(await PreferAsync(await FindAsync(id, user, db, ct), request, db, clock, ct)))
            .Validate<PreferencesRequest>().RequireAuthorization(Policies.PeopleManager)
            .WithSummary("Sets a person's preferences (kinds not named stay as they were).");
        group.MapDelete("/{id:guid}", async (Guid id, ClaimsPrincipal user, SchedulingDbContext db, CancellationToken ct) =>
            {
                var person = await FindAsync(id, user, db, ct);
                db.People.Remove(person);
                // Notices waiting for a digest go with the person; mails already composed stay in the outbox and go.
                db.MailNotices.RemoveRange(db.MailNotices.Where(n => n.PersonId == id && n.MailId == null));
                await db.SaveChangesAsync(ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.PeopleManager).WithSummary("Removes a person: no more mail to them.");
        return app;
    }

    private static async Task<Ok<List<PersonResponse>>> ListAsync(ClaimsPrincipal user, SchedulingDbContext db, CancellationToken ct, string? party = null)
    {
        var query = db.People.AsNoTracking();
        if (!user.IsSecretariat())
        {
            party ??= user.PartyCode();
        }

        if (party is not null)
        {
            var code = party == "secretariat" ? "" : party;
            user.RequireManage(code);
            query = query.Where(p => p.Party == code);
        }

        var people = await query.ToListAsync(ct);
        return TypedResults.Ok(people.OrderBy(p => p.Party).ThenBy(p => p.Name, StringComparer.CurrentCulture).Select(PersonResponse.Of).ToList());
    }

    private static async Task<Created<PersonResponse>> CreateAsync(PersonRequest request, ClaimsPrincipal user, SchedulingDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var party = request.Party ?? "";
        user.RequireManage(party);
        await RequireFreeAsync(db, request.Email!, null, ct);
        var person = new Person(Guid.NewGuid(), request.Name!, request.Email!, request.Language!, party, request.Account, request.Preferences,
            clock.GetUtcNow().UtcDateTime);
        db.People.Add(person);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/people/{person.Id}", PersonResponse.Of(person));
    }

    private static async Task<Ok<PersonResponse>> EditAsync(Guid id, PersonRequest request, ClaimsPrincipal user, SchedulingDbContext db, TimeProvider clock,
        CancellationToken ct)
    {
        var person = await FindAsync(id, user, db, ct);
        var party = request.Party ?? "";
        // A focal point cannot hand its person to another state (nor take one of another state's).
        user.RequireManage(party);
        await RequireFreeAsync(db, request.Email!, id, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        person.Edit(request.Name!, request.Email!, request.Language!, party, request.Account, now);
        if (request.Preferences is not null)
        {
            person.Prefer(request.Preferences, now);
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(PersonResponse.Of(person));
    }

    private static async Task<PersonResponse> PreferAsync(Person person, PreferencesRequest request, SchedulingDbContext db, TimeProvider clock, CancellationToken ct)
    {
        person.Prefer(request.Preferences!, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return PersonResponse.Of(person);
    }

    private static async Task RequireFreeAsync(SchedulingDbContext db, string email, Guid? self, CancellationToken ct)
    {
        var normalized = Person.NormalizeEmail(email);
        if (await db.People.AnyAsync(p => p.Email == normalized && p.Id != self, ct))
        {
            throw Person.DuplicateAddress(email);
        }
    }

    private static async Task<Person> FindAsync(Guid id, ClaimsPrincipal user, SchedulingDbContext db, CancellationToken ct)
    {
        var person = await db.People.SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw DomainException.NotFound("Person", id);
        user.RequireManage(person.Party);
        return person;
    }

    private static async Task<Person> MeAsync(ClaimsPrincipal user, SchedulingDbContext db, CancellationToken ct)
    {
        var account = user.Actor();
        return await db.People.SingleOrDefaultAsync(p => p.Account == account, ct) ?? throw DomainException.NotFound("Person", account);
    }
}
