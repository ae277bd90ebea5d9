using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using SummitCoordination.BuildingBlocks.Http;
using SummitCoordination.BuildingBlocks.Identity;
using SummitCoordination.TestSupport;

namespace SummitCoordination.BuildingBlocks.Tests;

/// <summary>
/// Issue 20, point 3: "own state" is an authorization handler on the state acted for (<see cref="OwnStateHandler"/>),
/// used for positions, signatures and ratifications, and a party's calendar; no host.
/// </summary>
public sealed class OwnStateHandlerTests
{
    private static ClaimsPrincipal Caller(params (string Type, string Value)[] claims) => Callers.With(claims);

    private static ClaimsPrincipal Secretariat => Callers.Secretariat;

    private static ClaimsPrincipal Delegation(string party) => Callers.Delegation(party);

    private static async Task<bool> AllowedAsync(ClaimsPrincipal user, OwnStateRequirement requirement, string party)
    {
        var context = new AuthorizationHandlerContext([requirement], user, new ActingFor(party));
        await new OwnStateHandler().HandleAsync(context);
        return context.HasSucceeded;
    }

    [Fact]
    public async Task A_delegation_acts_for_its_own_state_only()
    {
        Assert.True(await AllowedAsync(Delegation("KAZ"), OwnStateRequirement.DelegationOnly, "KAZ"));
        Assert.True(await AllowedAsync(Delegation("KAZ"), OwnStateRequirement.OrSecretariat, "kaz"));
        Assert.False(await AllowedAsync(Delegation("KAZ"), OwnStateRequirement.DelegationOnly, "UZB"));
        Assert.False(await AllowedAsync(Delegation("KAZ"), OwnStateRequirement.OrSecretariat, "UZB"));
        Assert.False(await AllowedAsync(new ClaimsPrincipal(new ClaimsIdentity()), OwnStateRequirement.OrSecretariat, "KAZ"));
    }

    [Fact]
    public async Task The_secretariat_acts_for_any_state_only_where_the_requirement_allows_it()
    {
        Assert.True(await AllowedAsync(Secretariat, OwnStateRequirement.OrSecretariat, "UZB"));
        Assert.False(await AllowedAsync(Secretariat, OwnStateRequirement.DelegationOnly, "UZB"));
    }

    [Fact]
    public async Task A_refusal_through_the_authorization_service_is_the_caller_s_own_403_problem()
    {
        var services = new ServiceCollection().AddLogging().AddAuthorization(Policies.Configure);
        services.AddSingleton<IAuthorizationHandler, OwnStateHandler>();
        var authorization = services.BuildServiceProvider().GetRequiredService<IAuthorizationService>();

        await authorization.RequireAsync(Delegation("KAZ"), new ActingFor("KAZ"), OwnStateRequirement.OrSecretariat,
            () => new DomainException(DomainErrorKind.Forbidden, "x.other-party", "No."));
        var refused = await Assert.ThrowsAsync<DomainException>(() => authorization.RequireAsync(Delegation("KAZ"), new ActingFor("UZB"), OwnStateRequirement.OrSecretariat,
            () => new DomainException(DomainErrorKind.Forbidden, "x.other-party", "No.")));
        Assert.Equal("x.other-party", refused.Code);
    }
}
