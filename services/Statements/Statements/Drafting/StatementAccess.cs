using System.Security.Claims;
using SummitCoordination.BuildingBlocks.Http;
using SummitCoordination.BuildingBlocks.Identity;
using SummitCoordination.Statements.Meetings;

namespace SummitCoordination.Statements.Drafting;

/// <summary>DOMAIN.md, Who sees what, for statements: drafts are for the secretariat and the meeting's delegations only.</summary>
public static class StatementAccess
{
    /// <summary>The secretariat, or a delegation sitting in the meeting; everyone else is told it does not exist (404).</summary>
    public static StatementMeeting Visible(ClaimsPrincipal user, StatementMeeting? meeting, string what, Guid id) =>
        meeting is not null && user.MaySeeMeeting(meeting.Seats) ? meeting : throw DomainException.NotFound(what, id);

    public static void RequireSecretariat(ClaimsPrincipal user, string action)
    {
        if (!user.IsSecretariat())
        {
            throw new DomainException(DomainErrorKind.Forbidden, "statement.secretariat-only", $"Only the secretariat may {action}.");
        }
    }

    /// <summary>A delegation of the meeting proposes amendments for its own state, and only for it.</summary>
    public static string AmendingParty(ClaimsPrincipal user, StatementMeeting meeting) =>
        user.IsInRole(Roles.Delegation) && user.PartyCode() is { } party && meeting.Seats(party)
            ? party
            : throw new DomainException(DomainErrorKind.Forbidden, "amendment.delegations-only",
                "Amendments are proposed by the delegations of the meeting; the secretariat revises the text itself.");

    /// <summary>The chair, or the secretariat acting for the chair; the chair is the only signatory either way.</summary>
    public static void RequireChairOrSecretariat(ClaimsPrincipal user, StatementMeeting meeting)
    {
        if (!user.IsSecretariat() && !(user.IsInRole(Roles.Delegation) && user.PartyCode() == meeting.Chair))
        {
            throw new DomainException(DomainErrorKind.Forbidden, "statement.chair-only",
                $"Only the chair ({meeting.Chair}) or the secretariat for the chair may issue a chairman's statement.");
        }
    }
}
