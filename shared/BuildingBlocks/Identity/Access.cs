namespace SummitCoordination.BuildingBlocks.Identity;

/// <summary>
/// The state a caller acts for (a position, a signature or ratification, a party's calendar): the resource of
/// <see cref="OwnStateRequirement"/>.
/// </summary>
public sealed record ActingFor(string Party);

/// <summary>
/// Own state: a delegation acts for its own state only; where <see cref="SecretariatToo"/>, the secretariat acts for any
/// state. Decided by <see cref="OwnStateHandler"/> against an <see cref="ActingFor"/>.
/// </summary>
public sealed class OwnStateRequirement : IAuthorizationRequirement
{
    private OwnStateRequirement(bool secretariatToo) => SecretariatToo = secretariatToo;

    /// <summary>Only the state's own delegation (a position).</summary>
    public static readonly OwnStateRequirement DelegationOnly = new(false);

    /// <summary>The state's own delegation or the secretariat (a signature as depositary, a party's calendar).</summary>
    public static readonly OwnStateRequirement OrSecretariat = new(true);

    public bool SecretariatToo { get; }
}

/// <summary>Resource-based rule for <see cref="OwnStateRequirement"/>: the caller is the delegation of that state (or the secretariat, where allowed).</summary>
public sealed class OwnStateHandler : AuthorizationHandler<OwnStateRequirement, ActingFor>
{
    public static bool Allows(ClaimsPrincipal user, OwnStateRequirement requirement, string party) =>
        (requirement.SecretariatToo && user.IsSecretariat()) || user.IsDelegationOf(party);

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OwnStateRequirement requirement, ActingFor resource)
    {
        if (Allows(context.User, requirement, resource.Party))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

/// <summary>
/// Chair of the meeting: the delegation chairing it, or the secretariat acting for the chair. Each service decides it
/// against its own copy of the meeting (a handler per service: Consensus's MeetingCopy, Statements' StatementMeeting).
/// </summary>
public sealed class ChairOfMeetingRequirement : IAuthorizationRequirement
{
    public static readonly ChairOfMeetingRequirement Instance = new();

    private ChairOfMeetingRequirement()
    {
    }
}

/// <summary>
/// How handlers apply a resource rule: authorize, and refuse with the service's own 403 problem (its stable <c>code</c>)
/// when the rule does not hold. A rule on a resource is applied only once the resource is found visible to the caller,
/// so a caller who may not see it is answered 404 as for a random id, never 403.
/// </summary>
public static class Access
{
    public static async Task RequireAsync(this IAuthorizationService authorization, ClaimsPrincipal user, object resource, IAuthorizationRequirement requirement,
        Func<DomainException> refusal)
    {
        if (!(await authorization.AuthorizeAsync(user, resource, requirement)).Succeeded)
        {
            throw refusal();
        }
    }

    /// <summary>A named policy (<see cref="Policies"/>) evaluated on a resource the caller was found to see.</summary>
    public static async Task RequireAsync(this IAuthorizationService authorization, ClaimsPrincipal user, object resource, string policy,
        Func<DomainException> refusal)
    {
        if (!(await authorization.AuthorizeAsync(user, resource, policy)).Succeeded)
        {
            throw refusal();
        }
    }

    /// <summary>
    /// Declares on the endpoint a rule its handler applies to the resource once found (chair, proposer, own state, or a
    /// role checked after visibility): the OpenAPI document lists it with the endpoint's policy under "Who may call".
    /// </summary>
    public static TBuilder AccessRule<TBuilder>(this TBuilder builder, string rule) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AccessRuleMetadata(rule));
}

/// <summary>A resource rule declared on an endpoint (<see cref="Access.AccessRule{TBuilder}"/>).</summary>
public sealed record AccessRuleMetadata(string Rule);
