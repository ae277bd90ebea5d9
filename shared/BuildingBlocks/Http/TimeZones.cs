namespace SummitCoordination.BuildingBlocks.Http;

/// <summary>Time zones are IANA ids (DOMAIN.md); Windows ids such as "Central Asia Standard Time" are refused.</summary>
public static class TimeZones
{
    public const string Rule = "Not a known IANA time zone id (e.g. Asia/Almaty).";

    public const int MaxLength = 64;

    /// <summary>
    /// The shape of an IANA id, for the OpenAPI document (<c>UTC</c>, <c>Asia/Almaty</c>, <c>America/Argentina/Buenos_Aires</c>,
    /// <c>Etc/GMT+5</c>); the service checks besides that the zone exists.
    /// </summary>
    public const string Pattern = "^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9][A-Za-z0-9_+-]*)*$";

    public static bool IsIana(string? id) =>
        !string.IsNullOrWhiteSpace(id) && id.Length <= MaxLength && System.Text.RegularExpressions.Regex.IsMatch(id, Pattern)
        && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId;
}
