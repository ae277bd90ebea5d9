using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using SummitCoordination.BuildingBlocks.Http;
using SummitCoordination.BuildingBlocks.Identity;
using SummitCoordination.Contracts;
using SummitCoordination.Statements.Drafting;
using SummitCoordination.Statements.Meetings;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Statements.Tests;

/// <summary>
/// Issue 20, point 3: Statements' chair rule is an authorization handler on the meeting (<see cref="StatementChairHandler"/>),
/// and the secretariat-only acts evaluate the Secretariat policy on the statement's meeting; no host.
/// </summary>
public sealed class AccessHandlerTests
{
    private static readonly DateTime Start = new(2031, 4, 7, 5, 0, 0, DateTimeKind.Utc);

    private static ClaimsPrincipal Caller(params (string Type, string Value)[] claims) => Callers.With(claims);

    private static ClaimsPrincipal Secretariat => Callers.Secretariat;

    private static ClaimsPrincipal Delegation(string party) => Callers.Delegation(party);

    private static IAuthorizationService Authorization()
    {
        var services = new ServiceCollection().AddLogging().AddAuthorization(Policies.Configure);
        services.AddSingleton<IAuthorizationHandler, StatementChairHandler>();
        return services.BuildServiceProvider().GetRequiredService<IAuthorizationService>();
    }

    internal static StatementMeeting Meeting(string chair = "KAZ", string? coChair = null) => StatementMeeting.From(new MeetingScheduled(Guid.NewGuid(),
        Guid.NewGuid(), null, "Council of Foreign Ministers", Layer.Ministers, DecisionRuleSettings.Consensus, "C5", null, "Council of Foreign Ministers, Astana 2031",
        Start, Start.AddHours(6), "Asia/Almaty", "KAZ", "Astana", "Palace of Independence", ["KAZ", "KGZ", "TJK", "TKM", "UZB"], [], chair, coChair,
        Start.AddMonths(-3)));

    [Fact]
    public async Task The_chair_and_the_secretariat_issue_a_chairman_s_statement_and_a_co_chair_does_not()
    {
        var meeting = Meeting(chair: "KAZ", coChair: "UZB");
        var authorization = Authorization();
        Assert.True((await authorization.AuthorizeAsync(Delegation("KAZ"), meeting, ChairOfMeetingRequirement.Instance)).Succeeded);
        Assert.True((await authorization.AuthorizeAsync(Secretariat, meeting, ChairOfMeetingRequirement.Instance)).Succeeded);
        Assert.False((await authorization.AuthorizeAsync(Delegation("UZB"), meeting, ChairOfMeetingRequirement.Instance)).Succeeded);
        Assert.False((await authorization.AuthorizeAsync(Delegation("TJK"), meeting, ChairOfMeetingRequirement.Instance)).Succeeded);
        // A party claim without the delegation role is not the chair.
        var partyOnly = new ClaimsPrincipal(new ClaimsIdentity([new Claim(SummitClaims.Party, "KAZ")], "test", "sub", SummitClaims.Role));
        Assert.False((await authorization.AuthorizeAsync(partyOnly, meeting, ChairOfMeetingRequirement.Instance)).Succeeded);

        var refused = await Assert.ThrowsAsync<DomainException>(() => StatementAccess.RequireChairOrSecretariatAsync(authorization, Delegation("TJK"), meeting));
        Assert.Equal(DomainErrorKind.Forbidden, refused.Kind);
        Assert.Equal("statement.chair-only", refused.Code);
    }

    [Fact]
    public async Task The_secretariat_policy_on_a_statement_s_meeting_refuses_its_delegations_with_the_same_problem()
    {
        var meeting = Meeting();
        var authorization = Authorization();
        await StatementAccess.RequireSecretariatAsync(authorization, Secretariat, meeting, "set an embargo");
        var refused = await Assert.ThrowsAsync<DomainException>(() => StatementAccess.RequireSecretariatAsync(authorization, Delegation("KAZ"), meeting, "set an embargo"));
        Assert.Equal(DomainErrorKind.Forbidden, refused.Kind);
        Assert.Equal("statement.secretariat-only", refused.Code);
        Assert.Equal("Only the secretariat may set an embargo.", refused.Message);
    }
}
