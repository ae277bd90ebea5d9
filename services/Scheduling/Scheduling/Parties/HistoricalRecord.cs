namespace SummitCoordination.Scheduling.Parties;

/// <summary>
/// The record the catalogue starts from (DOMAIN.md): the standings of the C5 members, and the Consultative Meetings of the
/// Heads of State held 2018–2025 (dates, cities and hosts as published; times of day are nominal, 10:00–17:00 local, and
/// venues and the names of the heads of delegation are not part of the seed: each delegation is recorded by office).
/// The chair rotation of the Leaders is derived from these meetings, not from a separate list.
/// </summary>
public static class HistoricalRecord
{
    /// <summary>The five have met as C5 since the C5+1 ministerial meeting in Samarkand, 1 November 2015.</summary>
    public static readonly DateOnly C5Since = new(2015, 11, 1);

    public const string C5Basis = "Founding member of the C5 format (C5+1 ministerial meeting, Samarkand, 1 November 2015)";

    public sealed record HeldMeeting(DateOnly On, string Host, string City, string TimeZone, string Title, IReadOnlyList<string> Guests);

    public static readonly IReadOnlyList<HeldMeeting> ConsultativeMeetings =
    [
        new(new DateOnly(2018, 3, 15), "KAZ", "Astana", "Asia/Almaty", "First Consultative Meeting of the Heads of State of Central Asia", []),
        new(new DateOnly(2019, 11, 29), "UZB", "Tashkent", "Asia/Tashkent", "Second Consultative Meeting of the Heads of State of Central Asia", []),
        new(new DateOnly(2021, 8, 6), "TKM", "Avaza", "Asia/Ashgabat", "Third Consultative Meeting of the Heads of State of Central Asia", []),
        new(new DateOnly(2022, 7, 21), "KGZ", "Cholpon-Ata", "Asia/Bishkek", "Fourth Consultative Meeting of the Heads of State of Central Asia", []),
        new(new DateOnly(2023, 9, 14), "TJK", "Dushanbe", "Asia/Dushanbe", "Fifth Consultative Meeting of the Heads of State of Central Asia", []),
        new(new DateOnly(2024, 8, 9), "KAZ", "Astana", "Asia/Almaty", "Sixth Consultative Meeting of the Heads of State of Central Asia", ["AZE"]),
        new(new DateOnly(2025, 11, 16), "UZB", "Tashkent", "Asia/Tashkent", "Seventh Consultative Meeting of the Heads of State of Central Asia", []),
    ];

    /// <summary>Azerbaijan attended the 2024 meeting as a guest of honour.</summary>
    public static readonly (string Party, StandingKind Kind, DateOnly From, string Basis)[] Guests =
    [
        ("AZE", StandingKind.Guest, new DateOnly(2024, 8, 9), "Invited as guest of honour to the Sixth Consultative Meeting, Astana, 9 August 2024"),
    ];

    /// <summary>
    /// Admissions limited to one body: Azerbaijan became a full participant of the Consultative Meeting of the Heads of
    /// State at Tashkent on 16 November 2025, not of the working groups or the ministers; from the next meeting of that
    /// body on (the day after the admitting meeting), never mid-meeting.
    /// </summary>
    public static readonly (string Party, StandingKind Kind, DateOnly From, string Basis, Layer Layer, Guid BodyId)[] Admissions =
    [
        ("AZE", StandingKind.Member, new DateOnly(2025, 11, 17),
            "Admitted as a full participant of the Consultative Meeting of the Heads of State of Central Asia by its Seventh Meeting, Tashkent, 16 November 2025",
            Layer.Leaders, StandardCatalog.Leaders),
    ];

    public static Guid MeetingId(HeldMeeting m) => StableId.For($"meeting:leaders:{m.On:yyyy-MM-dd}");

    public static Meeting Record(HeldMeeting m, Body leaders, IReadOnlyDictionary<string, Party> parties, IReadOnlyList<string> members, DateTime nowUtc)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(m.TimeZone);
        DateTime Utc(int hour) => TimeZoneInfo.ConvertTimeToUtc(m.On.ToDateTime(new TimeOnly(hour, 0)), zone);
        var delegations = members.Select(code => new Delegation(code, $"Head of State of {parties[code].NameEn}", "Head of State", []));
        return Meeting.RecordHeld(leaders, new MeetingPlan(m.Title, Utc(10), Utc(17), m.TimeZone, m.Host, m.City, "Venue not recorded", delegations, m.Guests),
            nowUtc, "catalogue", "published record of the Consultative Meetings (dates, cities, hosts)", MeetingId(m));
    }
}
