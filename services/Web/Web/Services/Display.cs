using System.Globalization;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;

namespace SummitCoordination.Web.Services;

/// <summary>
/// Everything a page shows in the reader's language: party names (from Scheduling, cached a few minutes), the names
/// of statuses, kinds, layers and tracks (from the resources), and instants in the meeting's own time zone.
/// </summary>
public sealed class Display(SchedulingClient scheduling, IMemoryCache cache, IStringLocalizer<Strings> text)
{
    public static bool IsRussian => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ru";

    public static string Language => IsRussian ? "ru" : "en";

    public async Task<IReadOnlyDictionary<string, Party>> PartiesAsync(CancellationToken ct = default) =>
        (await cache.GetOrCreateAsync("web:parties", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5);
            return (await scheduling.PartiesAsync(ct)).ToDictionary(p => p.Code, StringComparer.OrdinalIgnoreCase);
        }))!;

    /// <summary>The parties, or none while Scheduling cannot be reached: names are then shown as codes.</summary>
    public async Task<IReadOnlyDictionary<string, Party>> PartiesOrNoneAsync(CancellationToken ct = default)
    {
        try
        {
            return await PartiesAsync(ct);
        }
        catch (HttpRequestException)
        {
            return new Dictionary<string, Party>();
        }
    }

    public static string PartyName(IReadOnlyDictionary<string, Party> parties, string code) =>
        parties.TryGetValue(code, out var party) ? (IsRussian ? party.NameRu : party.NameEn) : code;

    /// <summary>A resource's text for an enum-like value (e.g. <c>Status.NotStarted</c>), the value itself if there is none.</summary>
    public string Term(string group, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var found = text[$"{group}.{value}"];
        return found.ResourceNotFound ? value : found.Value;
    }

    /// <summary>
    /// Why a rule decided as it did, in the reader's language: the service's code and arguments through the resources
    /// (party codes written as names), or the service's English words for a reason without a known code.
    /// </summary>
    public string Reason(string? code, IReadOnlyList<string>? args, string english, IReadOnlyDictionary<string, Party> parties)
    {
        if (string.IsNullOrEmpty(code) || text[$"Reason.{code}"] is { ResourceNotFound: true })
        {
            return english;
        }

        var shown = (args ?? []).Select(a => a.Split(", ").All(parties.ContainsKey) && a.Length > 0
            ? string.Join(", ", a.Split(", ").Select(c => PartyName(parties, c)))
            : a).Cast<object>().ToArray();
        return text[$"Reason.{code}", shown].Value;
    }

    /// <summary>"14 September 2026, 10:00 (Asia/Dushanbe, UTC+05:00)": the reader's culture, the meeting's local time.</summary>
    public static string LocalTime(DateTime utc, string? timeZone, bool withTime = true)
    {
        var zone = Zone(timeZone);
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
        var offset = zone.GetUtcOffset(local);
        var date = local.ToString(DatePattern, CultureInfo.CurrentCulture);
        return withTime
            ? $"{date}, {local.ToString(TimePattern, CultureInfo.CurrentCulture)} ({zone.Id}, UTC{(offset < TimeSpan.Zero ? "-" : "+")}{offset:hh\\:mm})"
            : date;
    }

    /// <summary>The viewer's own IANA zone as the browser says it; null when it cannot say, or names a zone this server does not know.</summary>
    public static async Task<string?> ViewerZoneAsync(IJSRuntime js)
    {
        try
        {
            var zone = await js.InvokeAsync<string?>("summit.timeZone");
            return zone is not null && TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _) ? zone : null;
        }
        catch (JSException)
        {
            return null;
        }
    }

    /// <summary>An instant the browser kept (ISO 8601, e.g. the last visit), in UTC; null for none or an unreadable one.</summary>
    public static DateTime? Instant(string? text) =>
        DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at) ? at : null;

    /// <summary>A wall-clock time at a venue (what a form's datetime-local gives) as an instant, with the zone's offset then.</summary>
    public static DateTimeOffset AtVenue(DateTime local, TimeZoneInfo zone) =>
        new(local, zone.GetUtcOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified)));

    public static DateTime ToLocal(DateTime utc, string? timeZone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone(timeZone));

    /// <summary>A date alone (a due date, a publication day), in the reader's culture.</summary>
    public static string Date(DateTime utc) => utc.ToString(DatePattern, CultureInfo.CurrentCulture);

    /// <summary>A calendar day (a signature, a deposit), in the reader's culture; empty for none.</summary>
    public static string Date(DateOnly? day) => day?.ToString(DatePattern, CultureInfo.CurrentCulture) ?? "";

    /// <summary>"14 September 2042" and "14 сентября 2042 г." (the day first, as both languages write it in diplomatic texts).</summary>
    public static string DatePattern => IsRussian ? "d MMMM yyyy 'г.'" : "d MMMM yyyy";

    /// <summary>The 24-hour clock in both languages.</summary>
    public const string TimePattern = "HH:mm";

    public static string Number(int value) => value.ToString("N0", CultureInfo.CurrentCulture);

    private static TimeZoneInfo Zone(string? id) =>
        id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
}
