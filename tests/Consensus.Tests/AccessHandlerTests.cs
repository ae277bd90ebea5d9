using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using SummitCoordination.BuildingBlocks.Http;
using SummitCoordination.BuildingBlocks.Identity;
using SummitCoordination.Consensus.Items;
using SummitCoordination.Consensus.Meetings;
using SummitCoordination.Contracts;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Consensus.Tests;

/// <summary>
/// Issue 20, point 3: the chair and proposer rules of Consensus are authorization handlers on the resource
/// (<see cref="ConsensusChairHandler"/>, <see cref="ItemProposerHandler"/>), called through IAuthorizationService; no host.
/// </summary>
public sealed class AccessHandlerTests
{
    private static readonly string[] Five = ["KAZ", "KGZ", "TJK", "TKM", "UZB"];
    private static readonly DateTime Start = new(2031, 4, 7, 5, 0, 0, DateTimeKind.Utc);

    private static ClaimsPrincipal Caller(params (string Type, string Value)[] claims) => Callers.With(claims);

    private static ClaimsPrincipal Secretariat => Callers.Secretariat;

    private static ClaimsPrincipal Delegation(string party) => Callers.Delegation(party);

    private static IAuthorizationService Authorization()
    {
        var services = new ServiceCollection().AddLogging().AddAuthorization(Policies.Configure);
        services.AddSingleton<IAuthorizationHandler, ConsensusChairHandler>();
        services.AddSingleton<IAuthorizationHandler, ItemProposerHandler>();
        return services.BuildServiceProvider().GetRequiredService<IAuthorizationService>();
    }

    private static MeetingCopy Meeting(string chair = "KAZ", string? coChair = null) => MeetingCopy.From(new MeetingScheduled(Guid.NewGuid(), Guid.NewGuid(), null,
        "Council of Foreign Ministers", Layer.Ministers, DecisionRuleSettings.Consensus, "C5", null, "Council of Foreign Ministers, Astana 2031", Start,
        Start.AddHours(6), "Asia/Almaty", "KAZ", "Astana", "Palace of Independence", Five, [], chair, coChair, Start.AddMonths(-3), Five, false));

    private static async Task<bool> AllowedAsync(ClaimsPrincipal user, object resource, IAuthorizationRequirement requirement) =>
        (await Authorization().AuthorizeAsync(user, resource, requirement)).Succeeded;

    [Fact]
    public async Task The_chair_a_co_chair_and_the_secretariat_act_as_chair_and_no_other_delegation_does()
    {
        var meeting = Meeting(chair: "KAZ", coChair: "UZB");
        Assert.True(await AllowedAsync(Delegation("KAZ"), meeting, ChairOfMeetingRequirement.Instance));
        Assert.True(await AllowedAsync(Delegation("UZB"), meeting, ChairOfMeetingRequirement.Instance));
        Assert.True(await AllowedAsync(Secretariat, meeting, ChairOfMeetingRequirement.Instance));
        Assert.False(await AllowedAsync(Delegation("TJK"), meeting, ChairOfMeetingRequirement.Instance));
        Assert.False(await AllowedAsync(new ClaimsPrincipal(new ClaimsIdentity()), meeting, ChairOfMeetingRequirement.Instance));
    }

    [Fact]
    public async Task A_refused_chair_act_is_the_same_403_problem_as_before()
    {
        var refused = await Assert.ThrowsAsync<DomainException>(() => ItemAccess.RequireChairOrSecretariatAsync(Authorization(), Delegation("TJK"), Meeting()));
        Assert.Equal(DomainErrorKind.Forbidden, refused.Kind);
        Assert.Equal("item.chair-only", refused.Code);
        await ItemAccess.RequireChairOrSecretariatAsync(Authorization(), Delegation("KAZ"), Meeting());
    }

    [Fact]
    public async Task Only_the_proposer_of_an_item_acts_as_its_proposer()
    {
        var meeting = Meeting();
        var byUzbekistan = AgendaItem.Propose(meeting, ItemKind.Decision, "Water allocation", null, Layer.Ministers, "UZB", null, null, 1, Start.AddDays(-5), "uzb");
        var bySecretariat = AgendaItem.Propose(meeting, ItemKind.Decision, "Rules of procedure", null, Layer.Ministers, AgendaItem.Secretariat, null, null, 2,
            Start.AddDays(-5), "staff");

        Assert.True(await AllowedAsync(Delegation("UZB"), byUzbekistan, ProposerRequirement.Instance));
        Assert.False(await AllowedAsync(Delegation("KAZ"), byUzbekistan, ProposerRequirement.Instance));
        Assert.False(await AllowedAsync(Secretariat, byUzbekistan, ProposerRequirement.Instance));
        Assert.True(await AllowedAsync(Secretariat, bySecretariat, ProposerRequirement.Instance));
        Assert.False(await AllowedAsync(Delegation("UZB"), bySecretariat, ProposerRequirement.Instance));

        var refused = await Assert.ThrowsAsync<DomainException>(() => ItemAccess.RequireProposerAsync(Authorization(), Delegation("KAZ"), byUzbekistan));
        Assert.Equal("item.not-proposer", refused.Code);
    }

    [Fact]
    public void A_position_is_taken_only_by_the_state_s_own_delegation()
    {
        var meeting = Meeting();
        ItemAccess.RequireOwnEligibleParty(Delegation("KGZ"), meeting, "KGZ");
        Assert.Equal("position.other-party", Assert.Throws<DomainException>(() => ItemAccess.RequireOwnEligibleParty(Delegation("KAZ"), meeting, "KGZ")).Code);
        Assert.Equal("position.other-party", Assert.Throws<DomainException>(() => ItemAccess.RequireOwnEligibleParty(Secretariat, meeting, "KGZ")).Code);
    }
}
