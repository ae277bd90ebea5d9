namespace SummitCoordination.Statements.Paragraphs;

/// <summary>The pen holder (the secretariat) inserts a paragraph: a new version, the paragraphs after it renumbered, their ids kept.</summary>
public sealed record InsertParagraph(Guid StatementId, InsertParagraphRequest Request, ClaimsPrincipal User);

public sealed class InsertParagraphHandler(StatementsDbContext db, IAuthorizationService authorization, TimeProvider clock) : IHandler<InsertParagraph, VersionResponse>
{
    public async Task<VersionResponse> HandleAsync(InsertParagraph request, CancellationToken cancellationToken)
    {
        var (user, ask) = (request.User, request.Request);
        var statement = await StatementAccess.LoadForSecretariatAsync(db, authorization, request.StatementId, user,
            "insert a paragraph (delegations propose amendments)", cancellationToken);
        var drafts = statement.Latest.Paragraphs.Select(p => p.ToDraft()).ToList();
        var at = ask.After is { } after ? drafts.FindIndex(d => d.Id == after) + 1 : 0;
        if (at == 0 && ask.After is { } missing)
        {
            throw new DomainException(DomainErrorKind.NotFound, "paragraph.not-found", $"Version {statement.LatestVersion} has no paragraph {missing}.");
        }

        drafts.Insert(at, new ParagraphDraft(Guid.NewGuid(), ask.Part!.Value, ask.English, ask.Russian, ask.TranslationPending));
        return await ParagraphRevision.SaveAsync(db, statement, ask.BasedOn!.Value, drafts, clock, user, cancellationToken);
    }
}

/// <summary>The pen holder rewords a paragraph (either language, its translation flag, or its part).</summary>
public sealed record EditParagraph(Guid StatementId, Guid ParagraphId, EditParagraphRequest Request, ClaimsPrincipal User);

public sealed class EditParagraphHandler(StatementsDbContext db, IAuthorizationService authorization, TimeProvider clock) : IHandler<EditParagraph, VersionResponse>
{
    public async Task<VersionResponse> HandleAsync(EditParagraph request, CancellationToken cancellationToken)
    {
        var (user, ask) = (request.User, request.Request);
        var statement = await StatementAccess.LoadForSecretariatAsync(db, authorization, request.StatementId, user,
            "reword a paragraph (delegations propose amendments)", cancellationToken);
        var paragraph = statement.Latest.ParagraphOf(request.ParagraphId);
        var drafts = statement.Latest.Paragraphs.Select(p => p.Id == paragraph.Id
            ? new ParagraphDraft(p.Id, ask.Part ?? p.Part, ask.English, ask.Russian, ask.TranslationPending)
            : p.ToDraft()).ToList();
        return await ParagraphRevision.SaveAsync(db, statement, ask.BasedOn!.Value, drafts, clock, user, cancellationToken);
    }
}

/// <summary>The pen holder removes a paragraph (<c>DELETE .../paragraphs/{paragraphId}?basedOn=N</c>); the ones after it are renumbered.</summary>
public sealed record RemoveParagraph(Guid StatementId, Guid ParagraphId, int BasedOn, ClaimsPrincipal User);

public sealed class RemoveParagraphHandler(StatementsDbContext db, IAuthorizationService authorization, TimeProvider clock) : IHandler<RemoveParagraph, VersionResponse>
{
    public async Task<VersionResponse> HandleAsync(RemoveParagraph request, CancellationToken cancellationToken)
    {
        var statement = await StatementAccess.LoadForSecretariatAsync(db, authorization, request.StatementId, request.User,
            "remove a paragraph", cancellationToken);
        var paragraph = statement.Latest.ParagraphOf(request.ParagraphId);
        if (statement.Latest.Paragraphs.Count == 1)
        {
            throw new DomainException(DomainErrorKind.Conflict, "paragraph.last", $"{paragraph.Number} is the text's only paragraph; a text keeps one.");
        }

        var drafts = statement.Latest.Paragraphs.Where(p => p.Id != paragraph.Id).Select(p => p.ToDraft()).ToList();
        return await ParagraphRevision.SaveAsync(db, statement, request.BasedOn, drafts, clock, request.User, cancellationToken);
    }
}

/// <summary>One place where a paragraph-wise revision is saved with the text's readiness.</summary>
internal static class ParagraphRevision
{
    public static async Task<VersionResponse> SaveAsync(StatementsDbContext db, Statement statement, int basedOn, IReadOnlyList<ParagraphDraft> drafts,
        TimeProvider clock, ClaimsPrincipal user, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var version = statement.ReviseParagraphs(basedOn, drafts, null, now, user.Actor());
        ParagraphNews.Readiness(db, statement, now);
        await db.SaveChangesAsync(ct);
        return VersionResponse.From(version);
    }
}

/// <summary>The chair or the pen holder sets a paragraph's status (<c>POST .../paragraphs/{paragraphId}/status</c>).</summary>
public sealed record SetParagraphStatus(Guid StatementId, Guid ParagraphId, ParagraphStatusRequest Request, ClaimsPrincipal User);

/// <summary>
/// Agreed, agreed ad referendum (its persistent confirm-by job set once saved) or bracketed with options; the change in
/// the history, <see cref="ParagraphStatusChanged"/> and the text's readiness through the outbox.
/// </summary>
public sealed class SetParagraphStatusHandler(StatementsDbContext db, IAuthorizationService authorization, TimeProvider clock,
    [FromKeyedServices(StatementsDbContext.Service)] IDeadlines deadlines) : IHandler<SetParagraphStatus, ParagraphView>
{
    public async Task<ParagraphView> HandleAsync(SetParagraphStatus request, CancellationToken cancellationToken)
    {
        var (user, ask) = (request.User, request.Request);
        var (statement, meeting) = await StatementEndpoints.LoadVisibleAsync(db, request.StatementId, user, cancellationToken);
        await StatementAccess.RequireChairOrPenHolderAsync(authorization, user, meeting, "change a paragraph's status");
        var (now, actor, id) = (clock.GetUtcNow().UtcDateTime, user.Actor(), request.ParagraphId);
        var change = ask.Status!.Value switch
        {
            ParagraphStatus.Agreed => statement.Agree(id, now, actor),
            ParagraphStatus.AgreedAdReferendum when !meeting.Seats(ask.Party!) => throw new DomainException(DomainErrorKind.Invalid, "paragraph.ad-referendum-party",
                $"{ask.Party} has no delegation at this meeting; the capital that confirms is one of the meeting's states."),
            ParagraphStatus.AgreedAdReferendum => statement.AgreeAdReferendum(id, ask.Party!, Utc(ask.ConfirmByUtc!.Value), now, actor),
            _ => statement.BracketParagraph(id,
                p => ask.Span is { } span ? Bracket.Span(p, span.Language!.Value, span.Start, span.Length, span.Text) : Bracket.WholeParagraph,
                (ask.Options ?? []).Select(o => new OptionWording(o.English, o.Russian, o.Sponsors ?? [])).ToList(), now, actor),
        };
        if (statement.StandingOf(id)?.AdReferendum is { Confirmed: false, LapsedUtc: null } pending && change.Kind == ParagraphEventKind.AgreedAdReferendum)
        {
            db.AfterCommit(token => AdReferendumJob.SetAsync(deadlines, statement.Id, id, pending.ConfirmByUtc, token));
        }

        ParagraphNews.Raise(db, statement, change, now);
        await db.SaveChangesAsync(cancellationToken);
        return ParagraphActs.View(statement, id, user);
    }

    private static DateTime Utc(DateTime at) => DateTime.SpecifyKind(at.ToUniversalTime(), DateTimeKind.Utc);
}

/// <summary>The capital confirmed a paragraph agreed ad referendum: recorded by that state's delegation, or the chair or pen holder for it.</summary>
public sealed record ConfirmAdReferendum(Guid StatementId, Guid ParagraphId, ClaimsPrincipal User);

public sealed class ConfirmAdReferendumHandler(StatementsDbContext db, IAuthorizationService authorization, TimeProvider clock)
    : IHandler<ConfirmAdReferendum, ParagraphView>
{
    public async Task<ParagraphView> HandleAsync(ConfirmAdReferendum request, CancellationToken cancellationToken)
    {
        var user = request.User;
        var (statement, meeting) = await StatementEndpoints.LoadVisibleAsync(db, request.StatementId, user, cancellationToken);
        if (statement.StandingOf(request.ParagraphId)?.AdReferendum is not { } pending || !user.IsDelegationOf(pending.Party))
        {
            await StatementAccess.RequireChairOrPenHolderAsync(authorization, user, meeting, "record another state's confirmation");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        ParagraphNews.Raise(db, statement, statement.ConfirmAdReferendum(request.ParagraphId, now, user.Actor()), now);
        await db.SaveChangesAsync(cancellationToken);
        return ParagraphActs.View(statement, request.ParagraphId, user);
    }
}

/// <summary>The chair or the pen holder chooses one of a paragraph's options: a new version in that wording, the paragraph agreed.</summary>
public sealed record ChooseOption(Guid StatementId, Guid ParagraphId, Guid OptionId, ClaimsPrincipal User);

public sealed class ChooseOptionHandler(StatementsDbContext db, IAuthorizationService authorization, TimeProvider clock) : IHandler<ChooseOption, VersionResponse>
{
    public async Task<VersionResponse> HandleAsync(ChooseOption request, CancellationToken cancellationToken)
    {
        var user = request.User;
        var (statement, meeting) = await StatementEndpoints.LoadVisibleAsync(db, request.StatementId, user, cancellationToken);
        await StatementAccess.RequireChairOrPenHolderAsync(authorization, user, meeting, "choose an option");
        var now = clock.GetUtcNow().UtcDateTime;
        var version = statement.ChooseOption(request.ParagraphId, request.OptionId, now, user.Actor());
        ParagraphNews.Raise(db, statement, statement.ParagraphHistory[^1], now);
        await db.SaveChangesAsync(cancellationToken);
        return VersionResponse.From(version);
    }
}

/// <summary>A delegation of the meeting supports an option for its own state (it joins the option's sponsors).</summary>
public sealed record SupportOption(Guid StatementId, Guid ParagraphId, Guid OptionId, ClaimsPrincipal User);

public sealed class SupportOptionHandler(StatementsDbContext db, TimeProvider clock) : IHandler<SupportOption, ParagraphView>
{
    public async Task<ParagraphView> HandleAsync(SupportOption request, CancellationToken cancellationToken)
    {
        var user = request.User;
        var (statement, meeting) = await StatementEndpoints.LoadVisibleAsync(db, request.StatementId, user, cancellationToken);
        var party = StatementAccess.OwnSeatedParty(user, meeting, null, "support an option");
        var now = clock.GetUtcNow().UtcDateTime;
        ParagraphNews.Raise(db, statement, statement.SupportOption(request.ParagraphId, request.OptionId, party, now, user.Actor()), now);
        await db.SaveChangesAsync(cancellationToken);
        return ParagraphActs.View(statement, request.ParagraphId, user);
    }
}

/// <summary>A delegation enters (or restates) its state's reservation on a paragraph, or withdraws it (<c>PUT/DELETE .../reservations/{party}</c>).</summary>
public sealed record ReserveParagraph(Guid StatementId, Guid ParagraphId, string Party, ReservationRequest? Request, ClaimsPrincipal User)
{
    public bool Withdraw => Request is null;
}

public sealed class ReserveParagraphHandler(StatementsDbContext db, TimeProvider clock) : IHandler<ReserveParagraph, ParagraphView>
{
    public async Task<ParagraphView> HandleAsync(ReserveParagraph request, CancellationToken cancellationToken)
    {
        var user = request.User;
        var (statement, meeting) = await StatementEndpoints.LoadVisibleAsync(db, request.StatementId, user, cancellationToken);
        var party = StatementAccess.OwnSeatedParty(user, meeting, request.Party, request.Withdraw ? "withdraw a reservation" : "enter a reservation");
        var now = clock.GetUtcNow().UtcDateTime;
        var entry = request.Withdraw
            ? statement.WithdrawReservation(request.ParagraphId, party, now, user.Actor())
            : statement.Reserve(request.ParagraphId, party, request.Request!.Note, now, user.Actor());
        // A position: it carries no note, only that the state holds (or no longer holds) a reservation here.
        db.Raise(new ReservationEntered(statement.Id, statement.MeetingId, request.ParagraphId, entry.Number, party, request.Withdraw, now), now);
        await db.SaveChangesAsync(cancellationToken);
        return ParagraphActs.View(statement, request.ParagraphId, user);
    }
}

/// <summary>
/// When adoption failed (the item blocked, or the meeting concluded without the text): the chair's desk gets a
/// chairman's statement pre-filled with the agreed paragraphs of the failed text's latest version, the others listed.
/// </summary>
public sealed record DraftChairmansStatement(Guid FailedStatementId, ClaimsPrincipal User);

public sealed class DraftChairmansStatementHandler(StatementsDbContext db, IAuthorizationService authorization) : IHandler<DraftChairmansStatement, ChairmansDraftResponse>
{
    public async Task<ChairmansDraftResponse> HandleAsync(DraftChairmansStatement request, CancellationToken cancellationToken)
    {
        var (failed, meeting) = await StatementEndpoints.LoadVisibleAsync(db, request.FailedStatementId, request.User, cancellationToken, tracked: false);
        await StatementAccess.RequireChairOrSecretariatAsync(authorization, request.User, meeting);
        if (!failed.MayIssueChairmansStatement)
        {
            throw new DomainException(DomainErrorKind.Conflict, "statement.no-chairmans-statement",
                "A chairman's statement is built from what was agreed only once the joint text's item was blocked or its meeting concluded without it.");
        }

        var version = failed.Latest;
        var agreed = failed.AgreedParagraphs(version);
        return new ChairmansDraftResponse(failed.Id, version.Number, $"Chairman's statement: {meeting.Title}",
            Paragraph.Join(agreed, TextLanguage.English) ?? "", Paragraph.Join(agreed, TextLanguage.Russian),
            agreed.Select(ParagraphText.From).ToList(), failed.Blocking(version).Where(b => agreed.All(a => a.Id != b.ParagraphId)).ToList());
    }
}

internal static class ParagraphActs
{
    public static ParagraphView View(Statement statement, Guid paragraphId, ClaimsPrincipal user)
    {
        var paragraph = statement.Latest.ParagraphOf(paragraphId);
        var reasons = statement.Blocking().FirstOrDefault(b => b.ParagraphId == paragraphId)?.Reasons ?? [];
        return ParagraphView.From(statement, paragraph, reasons, user);
    }
}
