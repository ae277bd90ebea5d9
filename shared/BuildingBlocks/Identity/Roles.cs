namespace SummitCoordination.BuildingBlocks.Identity;

/// <summary>Who calls (DOMAIN.md, Who sees what). An anonymous caller is an observer.</summary>
public static class Roles
{
    public const string Secretariat = "Secretariat";
    public const string Delegation = "Delegation";

    public static readonly IReadOnlyList<string> All = [Secretariat, Delegation];
}
