namespace SummitCoordination.Statements.Languages;

/// <summary>The secretariat puts a statement's text in one of the five states' languages (<c>PUT /api/statements/{id}/texts/{language}</c>).</summary>
public sealed record PutStatementText(Guid StatementId, string Language, StatementTextRequest Request, ClaimsPrincipal User);

public sealed class PutStatementTextHandler(StatementsDbContext db, IAuthorizationService authorization, TimeProvider clock)
    : IHandler<PutStatementText, StatementTextResponse>
{
    public async Task<StatementTextResponse> HandleAsync(PutStatementText request, CancellationToken cancellationToken)
    {
        if (!StatementLanguages.Beyond.Contains(request.Language))
        {
            throw new DomainException(DomainErrorKind.Invalid, "statement.text-language",
                $"A text is put here in one of {string.Join(", ", StatementLanguages.Beyond)}; English and Russian are the versions' texts.");
        }

        var statement = await StatementAccess.LoadForSecretariatAsync(db, authorization, request.StatementId, request.User,
            "put a statement's text in another language", cancellationToken);
        if (statement.AdoptedVersion is not null && statement.AuthenticLanguages.Contains(request.Language))
        {
            throw new DomainException(DomainErrorKind.Conflict, "statement.authentic-adopted",
                $"The {request.Language} text is authentic and was adopted with the statement: it no longer changes.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var text = await db.Translations.SingleOrDefaultAsync(t => t.StatementId == statement.Id && t.Language == request.Language, cancellationToken);
        if (text is null)
        {
            text = new StatementTranslation(statement.Id, request.Language);
            db.Translations.Add(text);
        }

        text.Put(request.Request.Title!.Trim(), request.Request.Markdown!, now, request.User.Actor());
        if (statement.Slug is { } slug && await db.Published.SingleOrDefaultAsync(p => p.Id == statement.Id, cancellationToken) is { } published)
        {
            // The public read model: its languages, its words for search (every language's), and the change its ETag follows.
            var others = await db.Translations.Where(t => t.StatementId == statement.Id && t.Language != request.Language).ToListAsync(cancellationToken);
            others.Add(text);
            published.OtherLanguages = StatementLanguages.Bars(others.Select(t => t.Language));
            published.SearchText = Publication.Publisher.SearchTextOf(published.Title, published.TitleRu, published.English, published.Russian, others);
            published.UpdatedUtc = now;
            db.Raise(new StatementTextChanged(statement.Id, slug, request.Language, now), now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return StatementTextResponse.From(text);
    }
}

/// <summary>The secretariat names a draft's authentic languages (<c>PUT /api/statements/{id}/authentic-languages</c>).</summary>
public sealed record NameAuthenticLanguages(Guid StatementId, IReadOnlyList<string> Languages, ClaimsPrincipal User);

public sealed class NameAuthenticLanguagesHandler(StatementsDbContext db, IAuthorizationService authorization)
    : IHandler<NameAuthenticLanguages, StatementTextsResponse>
{
    public async Task<StatementTextsResponse> HandleAsync(NameAuthenticLanguages request, CancellationToken cancellationToken)
    {
        var statement = await StatementAccess.LoadForSecretariatAsync(db, authorization, request.StatementId, request.User,
            "name a statement's authentic languages", cancellationToken);
        statement.NameAuthenticLanguages(request.Languages);
        await db.SaveChangesAsync(cancellationToken);
        var texts = await db.Translations.AsNoTracking().Where(t => t.StatementId == statement.Id).OrderBy(t => t.Language).ToListAsync(cancellationToken);
        return new StatementTextsResponse(StatementLanguages.Authentic(statement.AuthenticLanguages), texts.Select(StatementTextResponse.From).ToList());
    }
}
