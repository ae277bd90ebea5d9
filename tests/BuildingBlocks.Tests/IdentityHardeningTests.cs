using System.Security.Claims;
using SummitCoordination.BuildingBlocks.Http;
using SummitCoordination.BuildingBlocks.Identity;

namespace SummitCoordination.BuildingBlocks.Tests;

/// <summary>Issue 19, points 15 and 16: who a token says the caller is, and how failed sign-ins are counted.</summary>
public sealed class IdentityHardeningTests
{
    private static ClaimsPrincipal Token(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), "test"));

    [Fact]
    public void A_role_claim_naming_both_roles_is_ambiguous_and_normalizes_to_no_role()
    {
        var mapping = new ClaimMapping();
        var both = Token(("sub", "x"), ("role", "Delegation"), ("role", "Secretariat"), ("party", "KAZ"));
        Assert.NotNull(mapping.Ambiguity(both));
        var normalized = mapping.Normalize(both, "test");
        Assert.False(normalized.IsInRole(Roles.Secretariat));
        Assert.False(normalized.IsInRole(Roles.Delegation));
        Assert.Null(normalized.PartyCode());

        // The same as one JSON array claim.
        Assert.NotNull(mapping.Ambiguity(Token(("role", """["Delegation","Secretariat"]"""), ("party", "KAZ"))));
    }

    [Fact]
    public void A_delegation_of_two_states_is_ambiguous()
    {
        Assert.NotNull(new ClaimMapping().Ambiguity(Token(("role", "Delegation"), ("party", "KAZ"), ("party", "UZB"))));
        var entra = new ClaimMapping { RoleClaim = "roles", PartyByRole = new() { ["Delegation.KAZ"] = "KAZ", ["Delegation.UZB"] = "UZB" } };
        Assert.NotNull(entra.Ambiguity(Token(("roles", "Delegation.KAZ"), ("roles", "Delegation.UZB"))));
    }

    [Fact]
    public void One_role_is_not_ambiguous_whatever_else_the_token_carries()
    {
        var mapping = new ClaimMapping();
        Assert.Null(mapping.Ambiguity(Token(("role", "Secretariat"))));
        Assert.Null(mapping.Ambiguity(Token(("role", "Delegation"), ("role", "Delegation"), ("party", "KAZ"), ("party", "kaz"))));
        Assert.True(mapping.Normalize(Token(("role", "Delegation"), ("party", "KAZ")), "test").IsDelegationOf("KAZ"));
        var keycloak = new ClaimMapping { RoleClaim = "realm_access.roles", SecretariatValues = ["summit-secretariat"] };
        var staff = Token(("realm_access", """{"roles":["offline_access","uma_authorization","summit-secretariat"]}"""));
        Assert.Null(keycloak.Ambiguity(staff));
        Assert.True(keycloak.Normalize(staff, "test").IsSecretariat());
        // A secretariat token's stray party claim does not make it a delegation.
        Assert.Null(mapping.Ambiguity(Token(("role", "Secretariat"), ("party", "KAZ"))));
    }

    [Fact]
    public void Failures_are_counted_per_credential_and_per_address_and_only_the_failing_credential_is_exhausted()
    {
        using var failures = new FailedSignIns(new RateLimitSettings { FailedAuthentication = new RateLimit { PermitLimit = 3, Window = TimeSpan.FromMinutes(10) } });
        for (var i = 0; i < 3; i++)
        {
            Assert.True(failures.Record("10.0.0.1", "Bearer bad"));
        }

        Assert.True(failures.Exhausted("Bearer bad"));
        Assert.False(failures.Exhausted("Bearer good"));
        Assert.False(failures.Record("10.0.0.1", "Bearer bad"));
        // Another bad credential from the same, now exhausted, address: counted, and over the limit.
        Assert.False(failures.Record("10.0.0.1", "Bearer other"));
        Assert.False(failures.Exhausted("Bearer other"));
        // Another address is not affected.
        Assert.True(failures.Record("10.0.0.2", "Bearer third"));
    }

    [Fact]
    public void A_credential_is_kept_only_as_its_hash()
    {
        var key = FailedSignIns.CredentialKey("Bearer secret-token");
        Assert.DoesNotContain("secret-token", key);
        Assert.Equal(key, FailedSignIns.CredentialKey("Bearer secret-token"));
        Assert.NotEqual(key, FailedSignIns.CredentialKey("Bearer secret-tokem"));
    }
}
