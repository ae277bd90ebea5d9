namespace SummitCoordination.BuildingBlocks.Identity;

/// <summary>What a party code looks like (DOMAIN.md, Parties): ISO 3166-1 alpha-3 for states, an acronym for organisations.</summary>
public static partial class PartyCodes
{
    /// <summary>The longest code (UNRCCA is six; the rulebook allows ten).</summary>
    public const int MaxLength = 10;

    public const string Pattern = "^[A-Z]{2,10}$";

    public static bool IsWellFormed(string? code) => code is not null && WellFormed().IsMatch(code);

    [GeneratedRegex(Pattern)]
    private static partial Regex WellFormed();
}

/// <summary>The parties the service knows; the development token endpoint issues tokens only for these.</summary>
public interface IPartyDirectory
{
    Task<bool> IsKnownAsync(string code, CancellationToken cancellationToken);
}
