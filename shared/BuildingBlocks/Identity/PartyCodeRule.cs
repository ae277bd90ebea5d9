namespace SummitCoordination.BuildingBlocks.Identity;

public static class PartyCodeRule
{
    /// <summary>A party's code, required, with the one message that says what a code looks like.</summary>
    public static IRuleBuilderOptions<T, string?> RequiredPartyCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().Matches(PartyCodes.Pattern).WithMessage("A party code: ISO 3166-1 alpha-3, or 2 to 10 upper-case letters.");
}
