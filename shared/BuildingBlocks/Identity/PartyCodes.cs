using System.Text.RegularExpressions;

namespace SummitCoordination.BuildingBlocks.Identity;

/// <summary>What a party code looks like (DOMAIN.md, Parties): ISO 3166-1 alpha-3 for states, an acronym for organisations.</summary>
public static partial class PartyCodes
{
    public const string Pattern = "^[A-Z]{2,6}$";

    public static bool IsWellFormed(string? code) => code is not null && WellFormed().IsMatch(code);

    [GeneratedRegex(Pattern)]
    private static partial Regex WellFormed();
}

/// <summary>The parties the service knows; the development token endpoint issues tokens only for these.</summary>
public interface IPartyDirectory
{
    Task<bool> IsKnownAsync(string code, CancellationToken cancellationToken);
}
