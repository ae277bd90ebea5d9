namespace SummitCoordination.BuildingBlocks.Identity;

/// <summary>Who calls (DOMAIN.md, Who sees what). An anonymous caller is an observer.</summary>
public static class Roles
{
    public const string Secretariat = "Secretariat";
    public const string Delegation = "Delegation";

    /// <summary>
    /// A delegation's focal point (issue 23): a second role a delegation's token may carry, for the officer who manages
    /// the state's people (who gets which mail). Never a role on its own: without <see cref="Delegation"/> it is dropped.
    /// </summary>
    public const string FocalPoint = "FocalPoint";

    public static readonly IReadOnlyList<string> All = [Secretariat, Delegation];
}
