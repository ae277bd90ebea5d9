namespace SummitCoordination.Consensus.Items;

/// <summary>DOMAIN.md, Who sees what, for agenda items: one place that says who may propose, take positions, chair.</summary>
public static class ItemAccess
{
    public static MeetingCopy Visible(ClaimsPrincipal user, MeetingCopy? meeting, Guid id) =>
        meeting is not null && user.MaySeeMeeting(meeting.Seats) ? meeting : throw DomainException.NotFound("Meeting", id);

    /// <summary>A member delegation at the meeting, partner X at a C5+X meeting, the chair, or the secretariat.</summary>
    public static string Proposer(ClaimsPrincipal user, MeetingCopy meeting)
    {
        if (user.IsSecretariat())
        {
            return AgendaItem.Secretariat;
        }

        var party = user.PartyCode() ?? "";
        // A decider with a delegation: the members of the date, and partner X at a C5+X meeting.
        var decider = meeting.Eligible.Contains(party) && meeting.Delegations.Contains(party);
        return decider || meeting.IsChairedBy(party)
            ? party
            : throw new DomainException(DomainErrorKind.Forbidden, "item.not-a-proposer",
                $"{party} does not sit in this meeting as a party that may propose (members, partner X, the chair, the secretariat).");
    }

    /// <summary>The chair (or a co-chair) of the meeting, or the secretariat (<see cref="ConsensusChairHandler"/>).</summary>
    public static Task RequireChairOrSecretariatAsync(IAuthorizationService authorization, ClaimsPrincipal user, MeetingCopy meeting) =>
        authorization.RequireAsync(user, meeting, ChairOfMeetingRequirement.Instance,
            () => new DomainException(DomainErrorKind.Forbidden, "item.chair-only", "Only the chair or the secretariat may do this."));

    /// <summary>The proposer of the item: the delegation that proposed it, or the secretariat for an item it proposed (<see cref="ItemProposerHandler"/>).</summary>
    public static Task RequireProposerAsync(IAuthorizationService authorization, ClaimsPrincipal user, AgendaItem item) =>
        authorization.RequireAsync(user, item, ProposerRequirement.Instance,
            () => new DomainException(DomainErrorKind.Forbidden, "item.not-proposer", "Only the proposer withdraws an item."));

    /// <summary>
    /// A delegation sets only its own state's position (the rule of <see cref="OwnStateHandler"/> with
    /// <see cref="OwnStateRequirement.DelegationOnly"/>), and only if its state decides at this meeting.
    /// </summary>
    public static void RequireOwnEligibleParty(ClaimsPrincipal user, MeetingCopy meeting, string party)
    {
        if (!OwnStateHandler.Allows(user, OwnStateRequirement.DelegationOnly, party))
        {
            throw new DomainException(DomainErrorKind.Forbidden, "position.other-party", "A delegation acts only for its own state.");
        }

        if (!meeting.Present.Contains(party))
        {
            throw new DomainException(DomainErrorKind.Forbidden, "position.not-eligible", $"{party} takes no position at this meeting.");
        }
    }
}

/// <summary><see cref="ChairOfMeetingRequirement"/> for Consensus: the secretariat, or a caller whose state chairs or co-chairs the meeting.</summary>
public sealed class ConsensusChairHandler : AuthorizationHandler<ChairOfMeetingRequirement, MeetingCopy>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ChairOfMeetingRequirement requirement, MeetingCopy resource)
    {
        if (context.User.IsSecretariat() || (context.User.PartyCode() is { } party && resource.IsChairedBy(party)))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

/// <summary>Proposer of the item: decided by <see cref="ItemProposerHandler"/> against an <see cref="AgendaItem"/>.</summary>
public sealed class ProposerRequirement : IAuthorizationRequirement
{
    public static readonly ProposerRequirement Instance = new();

    private ProposerRequirement()
    {
    }
}

/// <summary>The caller proposed the item: the secretariat an item it proposed (<see cref="AgendaItem.Secretariat"/>), a delegation its state's.</summary>
public sealed class ItemProposerHandler : AuthorizationHandler<ProposerRequirement, AgendaItem>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ProposerRequirement requirement, AgendaItem resource)
    {
        var proposer = context.User.IsSecretariat() ? AgendaItem.Secretariat : context.User.PartyCode();
        if (proposer == resource.ProposedBy)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
