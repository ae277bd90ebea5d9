using System.Security.Claims;
using SummitCoordination.BuildingBlocks.Http;
using SummitCoordination.BuildingBlocks.Identity;
using SummitCoordination.Consensus.Meetings;
using SummitCoordination.Contracts;

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

    public static void RequireChairOrSecretariat(ClaimsPrincipal user, MeetingCopy meeting)
    {
        if (!user.IsSecretariat() && !(user.PartyCode() is { } party && meeting.IsChairedBy(party)))
        {
            throw new DomainException(DomainErrorKind.Forbidden, "item.chair-only", "Only the chair or the secretariat may do this.");
        }
    }

    /// <summary>A delegation sets only its own state's position, and only if its state decides at this meeting.</summary>
    public static void RequireOwnEligibleParty(ClaimsPrincipal user, MeetingCopy meeting, string party)
    {
        if (!user.IsDelegationOf(party))
        {
            throw new DomainException(DomainErrorKind.Forbidden, "position.other-party", "A delegation acts only for its own state.");
        }

        if (!meeting.Present.Contains(party))
        {
            throw new DomainException(DomainErrorKind.Forbidden, "position.not-eligible", $"{party} takes no position at this meeting.");
        }
    }
}
