namespace SummitCoordination.BuildingBlocks.Identity;

public static class SummitClaims
{
    public const string Role = "role";

    /// <summary>The ISO code of the state a delegation acts for.</summary>
    public const string Party = "party";

    public static string? PartyCode(this ClaimsPrincipal user) => user.FindFirstValue(Party);

    /// <summary>Who acted, as recorded in histories: the token's subject.</summary>
    public static string Actor(this ClaimsPrincipal user) => user.FindFirstValue("sub") ?? "unknown";

    public static bool IsSecretariat(this ClaimsPrincipal user) => user.IsInRole(Roles.Secretariat);

    /// <summary>A delegation's focal point: role FocalPoint beside Delegation, with the state it acts for.</summary>
    public static bool IsFocalPoint(this ClaimsPrincipal user) =>
        user.IsInRole(Roles.Delegation) && user.IsInRole(Roles.FocalPoint) && user.FindFirstValue(Party) is not null;

    public static bool IsDelegationOf(this ClaimsPrincipal user, string party) =>
        user.IsInRole(Roles.Delegation) && string.Equals(user.FindFirstValue(Party), party, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Who sees a meeting (DOMAIN.md, Who sees what): the secretariat sees every meeting, a delegation only the
    /// meetings its state sits in. Callers answer 404 otherwise, so a meeting's existence is not given away.
    /// </summary>
    public static bool MaySeeMeeting(this ClaimsPrincipal user, Func<string, bool> seats) =>
        user.IsSecretariat() || (user.IsInRole(Roles.Delegation) && user.PartyCode() is { } party && seats(party));
}
