namespace SummitCoordination.Scheduling.Parties;

public static class ReferenceDataEndpoints
{
    public static IEndpointRouteBuilder MapReferenceDataEndpoints(this IEndpointRouteBuilder app)
    {
        var parties = app.MapGroup("/api/parties").WithTags("Reference data");
        parties.MapGet("/", async (SchedulingDbContext db, CancellationToken ct) =>
                TypedResults.Ok(await db.Parties.AsNoTracking().OrderBy(p => p.Kind).ThenBy(p => p.Code).ToListAsync(ct)))
            .RequireAuthorization(Policies.Participant)
            .WithSummary("Members, partners and observers, with English and Russian names, capital and IANA time zone.");
        parties.MapPost("/", async (PartyRequest request, SchedulingDbContext db, CancellationToken ct) =>
            {
                if (await db.Parties.AnyAsync(p => p.Code == request.Code, ct))
                {
                    throw new DomainException(DomainErrorKind.Conflict, "party.exists", $"Party {request.Code} exists already; edit it with PUT.");
                }

                var party = new Party(request.Code!, request.Kind!.Value, request.NameEn!.Trim(), request.NameRu!.Trim(), request.Capital!.Trim(), request.TimeZone!);
                db.Parties.Add(party);
                await db.SaveChangesAsync(ct);
                return TypedResults.Created($"/api/parties/{party.Code}", party);
            })
            .Validate<PartyRequest>().RequireAuthorization(Policies.Secretariat).WithSummary("Adds a party.");
        parties.MapPut("/{code}", async (string code, PartyRequest request, SchedulingDbContext db, CancellationToken ct) =>
            {
                var party = await db.Parties.SingleOrDefaultAsync(p => p.Code == code, ct) ?? throw DomainException.NotFound("Party", code);
                if (request.Kind != party.Kind)
                {
                    // Answering 200 and changing nothing would mislead: a standing changes by decision, with a date.
                    throw new DomainException(DomainErrorKind.Conflict, "party.standing-by-decision",
                        $"{code} is {party.Kind}; a party's standing changes from a date on a decision: POST /api/parties/{code}/standings, or adopt a Decision item that admits it.",
                        new Dictionary<string, object?> { ["standings"] = $"/api/parties/{code}/standings" });
                }

                party.Edit(request.NameEn!.Trim(), request.NameRu!.Trim(), request.Capital!.Trim(), request.TimeZone!);
                await db.SaveChangesAsync(ct);
                return TypedResults.Ok(party);
            })
            .Validate<PartyRequest>().RequireAuthorization(Policies.Secretariat).WithSummary("Edits a party's names, capital and time zone.");
        parties.MapGet("/{code}/holidays", async (string code, int? year, SchedulingDbContext db, CancellationToken ct) =>
            {
                DomainException.RequireYear("year", year);
                if (!await db.Parties.AnyAsync(p => p.Code == code, ct))
                {
                    throw DomainException.NotFound("Party", code);
                }

                var query = db.PublicHolidays.AsNoTracking().Where(h => h.Party == code);
                if (year is not null)
                {
                    query = query.Where(h => h.Date >= new DateOnly(year.Value, 1, 1) && h.Date <= new DateOnly(year.Value, 12, 31));
                }

                return TypedResults.Ok(await query.OrderBy(h => h.Date).ToListAsync(ct));
            })
            .RequireAuthorization(Policies.Participant).WithSummary("A party's public holidays (soft conflicts for meetings it hosts).");
        parties.MapPost("/{code}/holidays", async (string code, HolidayRequest request, SchedulingDbContext db, CancellationToken ct) =>
            {
                if (!await db.Parties.AnyAsync(p => p.Code == code, ct))
                {
                    throw DomainException.NotFound("Party", code);
                }

                if (await db.PublicHolidays.AnyAsync(h => h.Party == code && h.Date == request.Date, ct))
                {
                    throw new DomainException(DomainErrorKind.Conflict, "holiday.exists", $"{code} already has a holiday on {request.Date:yyyy-MM-dd}.");
                }

                var holiday = new PublicHoliday(code, request.Date!.Value, request.Name!.Trim());
                db.PublicHolidays.Add(holiday);
                await db.SaveChangesAsync(ct);
                return TypedResults.Created($"/api/parties/{code}/holidays", holiday);
            })
            .Validate<HolidayRequest>().RequireAuthorization(Policies.Secretariat).WithSummary("Adds a public holiday (movable feasts change every year).");

        var formats = app.MapGroup("/api/formats").WithTags("Reference data");
        formats.MapGet("/", async (SchedulingDbContext db, CancellationToken ct) =>
                TypedResults.Ok(await db.Formats.AsNoTracking().OrderBy(f => f.Partner != null).ThenBy(f => f.Code).ToListAsync(ct)))
            .RequireAuthorization(Policies.Participant).WithSummary("C5 and the C5+X formats.");
        formats.MapPost("/", async (FormatRequest request, SchedulingDbContext db, CancellationToken ct) =>
            {
                var code = Format.CodeFor(request.Partner);
                if (await db.Formats.AnyAsync(f => f.Code == code, ct))
                {
                    throw new DomainException(DomainErrorKind.Conflict, "format.exists", $"Format {code} exists already.");
                }

                var format = new Format(code, code, request.Partner);
                db.Formats.Add(format);
                await db.SaveChangesAsync(ct);
                return TypedResults.Created($"/api/formats/{Uri.EscapeDataString(code)}", format);
            })
            .Validate<FormatRequest>().RequireAuthorization(Policies.Secretariat).WithSummary("Adds a C5+X format for a partner.");
        return app;
    }
}
