namespace SummitCoordination.Statements.Drafting;

/// <summary>DOMAIN.md, Who sees what, for statements: drafts are for the secretariat and the meeting's delegations only.</summary>
public static class StatementAccess
{
    /// <summary>The secretariat, or a delegation sitting in the meeting; everyone else is told it does not exist (404).</summary>
    public static StatementMeeting Visible(ClaimsPrincipal user, StatementMeeting? meeting, string what, Guid id) =>
        meeting is not null && user.MaySeeMeeting(meeting.Seats) ? meeting : throw DomainException.NotFound(what, id);

    /// <summary>
    /// The <see cref="Policies.Secretariat"/> policy, evaluated on a statement's meeting once the caller was found to see
    /// it: a delegation sitting in the meeting is refused (403), one that does not sit there was already told 404.
    /// Not declared on the endpoint, where it would answer 403 before the 404 (and before a 400 for the body).
    /// </summary>
    public static Task RequireSecretariatAsync(IAuthorizationService authorization, ClaimsPrincipal user, StatementMeeting meeting, string action) =>
        authorization.RequireAsync(user, meeting, Policies.Secretariat,
            () => new DomainException(DomainErrorKind.Forbidden, "statement.secretariat-only", $"Only the secretariat may {action}."));

    /// <summary>The statement for an act of the pen holder: 404 unless the caller sees it, then 403 unless it is the secretariat (above).</summary>
    public static async Task<Statement> LoadForSecretariatAsync(StatementsDbContext db, IAuthorizationService authorization,
        Guid statementId, ClaimsPrincipal user, string action, CancellationToken cancellationToken)
    {
        var (statement, meeting) = await StatementEndpoints.LoadVisibleAsync(db, statementId, user, cancellationToken);
        await RequireSecretariatAsync(authorization, user, meeting, action);
        return statement;
    }

    /// <summary>A delegation of the meeting proposes amendments for its own state, and only for it.</summary>
    public static string AmendingParty(ClaimsPrincipal user, StatementMeeting meeting) =>
        user.IsInRole(Roles.Delegation) && user.PartyCode() is { } party && meeting.Seats(party)
            ? party
            : throw new DomainException(DomainErrorKind.Forbidden, "amendment.delegations-only",
                "Amendments are proposed by the delegations of the meeting; the secretariat revises the text itself.");

    /// <summary>
    /// Issue 22: a paragraph's status is changed by the chair (its delegation) or the pen holder (the secretariat), no
    /// one else (<see cref="StatementChairHandler"/>).
    /// </summary>
    public static Task RequireChairOrPenHolderAsync(IAuthorizationService authorization, ClaimsPrincipal user, StatementMeeting meeting, string action) =>
        authorization.RequireAsync(user, meeting, ChairOfMeetingRequirement.Instance,
            () => new DomainException(DomainErrorKind.Forbidden, "paragraph.chair-or-pen-holder",
                $"Only the chair ({meeting.Chair}) or the pen holder (the secretariat) may {action}."));

    /// <summary>A delegation sitting in the meeting acting for its own state (a reservation, support for an option), and only for it.</summary>
    public static string OwnSeatedParty(ClaimsPrincipal user, StatementMeeting meeting, string? party, string action) =>
        user.IsInRole(Roles.Delegation) && user.PartyCode() is { } own && meeting.Seats(own) && (party is null || party == own)
            ? own
            : throw new DomainException(DomainErrorKind.Forbidden, "paragraph.own-state-only",
                $"A delegation sitting in the meeting may {action}, for its own state only.");

    /// <summary>The chair, or the secretariat acting for the chair; the chair is the only signatory either way (<see cref="StatementChairHandler"/>).</summary>
    public static Task RequireChairOrSecretariatAsync(IAuthorizationService authorization, ClaimsPrincipal user, StatementMeeting meeting) =>
        authorization.RequireAsync(user, meeting, ChairOfMeetingRequirement.Instance,
            () => new DomainException(DomainErrorKind.Forbidden, "statement.chair-only",
                $"Only the chair ({meeting.Chair}) or the secretariat for the chair may issue a chairman's statement."));
}

/// <summary>
/// <see cref="ChairOfMeetingRequirement"/> for Statements: the secretariat, or the delegation of the meeting's chair
/// (the chair alone signs a chairman's statement; a co-chair does not).
/// </summary>
public sealed class StatementChairHandler : AuthorizationHandler<ChairOfMeetingRequirement, StatementMeeting>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ChairOfMeetingRequirement requirement, StatementMeeting resource)
    {
        var user = context.User;
        if (user.IsSecretariat() || (user.IsInRole(Roles.Delegation) && user.PartyCode() == resource.Chair))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
