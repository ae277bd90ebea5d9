namespace SummitCoordination.BuildingBlocks.Identity;

/// <summary>The authorization policies every endpoint names, so who-sees-what reads off the endpoint list.</summary>
public static class Policies
{
    /// <summary>Secretariat staff: everything.</summary>
    public const string Secretariat = nameof(Secretariat);

    /// <summary>A delegation acting for its own state (role Delegation with a party claim).</summary>
    public const string Delegation = nameof(Delegation);

    /// <summary>Secretariat or a delegation: anyone signed in.</summary>
    public const string Participant = nameof(Participant);

    /// <summary>Who manages people (issue 23): the secretariat, or a delegation's focal point (for its own state, checked on the person).</summary>
    public const string PeopleManager = nameof(PeopleManager);

    public static void Configure(AuthorizationOptions options)
    {
        options.AddPolicy(Secretariat, p => p.RequireAuthenticatedUser().RequireRole(Roles.Secretariat));
        options.AddPolicy(Delegation, p => p.RequireAuthenticatedUser().RequireRole(Roles.Delegation).RequireClaim(SummitClaims.Party));
        options.AddPolicy(Participant, p => p.RequireAuthenticatedUser().RequireAssertion(c =>
            c.User.IsInRole(Roles.Secretariat) || (c.User.IsInRole(Roles.Delegation) && c.User.HasClaim(x => x.Type == SummitClaims.Party))));
        options.AddPolicy(PeopleManager, p => p.RequireAuthenticatedUser().RequireAssertion(c => c.User.IsSecretariat() || c.User.IsFocalPoint()));
    }
}
