namespace SummitCoordination.BuildingBlocks.Http;

/// <summary>Time zones are IANA ids (DOMAIN.md); Windows ids such as "Central Asia Standard Time" are refused.</summary>
public static class TimeZones
{
    public const string Rule = "Not a known IANA time zone id (e.g. Asia/Almaty).";

    public static bool IsIana(string? id) =>
        !string.IsNullOrWhiteSpace(id) && id.Length <= 64 && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId;
}
