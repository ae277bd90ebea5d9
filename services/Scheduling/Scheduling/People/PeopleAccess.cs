namespace SummitCoordination.Scheduling.People;

/// <summary>
/// Who manages whom (DOMAIN.md, Documents, records and mail): the secretariat everyone; a delegation's focal point the
/// people of its own state only (not the secretariat's, not another state's: 403 <c>person.other-state</c>).
/// </summary>
public static class PeopleAccess
{
    public static bool MayManage(this ClaimsPrincipal user, string party) =>
        user.IsSecretariat() || (user.IsFocalPoint() && party.Length > 0 && string.Equals(user.PartyCode(), party, StringComparison.Ordinal));

    public static void RequireManage(this ClaimsPrincipal user, string party)
    {
        if (!user.MayManage(party))
        {
            throw new DomainException(DomainErrorKind.Forbidden, "person.other-state",
                party.Length == 0
                    ? "Only the secretariat manages the secretariat's people."
                    : $"A focal point manages the people of its own state only, not {party}'s.");
        }
    }
}
