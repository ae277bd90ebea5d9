using System.Security.Claims;
using SummitCoordination.BuildingBlocks.Identity;

namespace SummitCoordination.TestSupport;

/// <summary>Callers as a service sees them, for host-free authorization tests: the token's claims read through <see cref="ClaimMapping.Normalize"/>.</summary>
public static class Callers
{
    public static ClaimsPrincipal With(params (string Type, string Value)[] claims) =>
        new ClaimMapping().Normalize(new ClaimsPrincipal(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), "test")), "test");

    public static ClaimsPrincipal Secretariat => With(("sub", "staff"), ("role", Roles.Secretariat));

    public static ClaimsPrincipal Delegation(string party) => With(("sub", party.ToLowerInvariant()), ("role", Roles.Delegation), ("party", party));
}
