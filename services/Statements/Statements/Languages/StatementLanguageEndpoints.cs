using Microsoft.AspNetCore.Http.HttpResults;

namespace SummitCoordination.Statements.Languages;

/// <summary>A statement's texts beyond English and Russian, and its authentic languages (issue 24, point 3).</summary>
public static class StatementLanguageEndpoints
{
    public static IEndpointRouteBuilder MapStatementLanguageEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/statements/{id:guid}").WithTags("Statements").RequireAuthorization(Policies.Participant);
        group.MapGet("/texts", async (Guid id, ClaimsPrincipal user, StatementsDbContext db, CancellationToken ct) =>
            {
                var (statement, _) = await StatementEndpoints.LoadVisibleAsync(db, id, user, ct, tracked: false);
                var texts = await db.Translations.AsNoTracking().Where(t => t.StatementId == id).OrderBy(t => t.Language).ToListAsync(ct);
                return TypedResults.Ok(new StatementTextsResponse(StatementLanguages.Authentic(statement.AuthenticLanguages), texts.Select(StatementTextResponse.From).ToList()));
            })
            .WithSummary("A statement's texts in the five states' languages (kk, ky, tg, tk, uz), and its authentic languages (en and ru unless it names others).");
        group.MapPut("/texts/{language}", async (Guid id, string language, StatementTextRequest request, ClaimsPrincipal user, PutStatementTextHandler handler,
                CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(new PutStatementText(id, language, request, user), ct)))
            .Validate<StatementTextRequest>().AccessRule("Secretariat (the policy, checked on the statement)")
            .WithSummary("Puts the statement's title and text in kk, ky, tg, tk or uz (Markdown). An authentic language's text changes until adoption; a translation at any time, after publication too.");
        group.MapPut("/authentic-languages", async (Guid id, AuthenticLanguagesRequest request, ClaimsPrincipal user, NameAuthenticLanguagesHandler handler,
                CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(new NameAuthenticLanguages(id, request.Languages!, user), ct)))
            .Validate<AuthenticLanguagesRequest>().AccessRule("Secretariat (the policy, checked on the statement)")
            .WithSummary("Names the languages whose texts are authentic (any of en, ru, kk, ky, tg, tk, uz), until the statement is adopted.");
        return app;
    }
}
