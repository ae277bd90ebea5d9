namespace SummitCoordination.Scheduling.Parties;

/// <summary>The standard set of DOMAIN.md: the C5 members, the partners, the observers, and the standard bodies.</summary>
public static class StandardCatalog
{
    public static readonly IReadOnlyList<Party> Parties =
    [
        new("KAZ", PartyKind.Member, "Kazakhstan", "Казахстан", "Astana", "Asia/Almaty"),
        new("KGZ", PartyKind.Member, "Kyrgyzstan", "Кыргызстан", "Bishkek", "Asia/Bishkek"),
        new("TJK", PartyKind.Member, "Tajikistan", "Таджикистан", "Dushanbe", "Asia/Dushanbe"),
        new("TKM", PartyKind.Member, "Turkmenistan", "Туркменистан", "Ashgabat", "Asia/Ashgabat"),
        new("UZB", PartyKind.Member, "Uzbekistan", "Узбекистан", "Tashkent", "Asia/Tashkent"),
        new("USA", PartyKind.Partner, "United States", "Соединённые Штаты Америки", "Washington", "America/New_York"),
        new("CHN", PartyKind.Partner, "China", "Китай", "Beijing", "Asia/Shanghai"),
        new("RUS", PartyKind.Partner, "Russia", "Россия", "Moscow", "Europe/Moscow"),
        new("JPN", PartyKind.Partner, "Japan", "Япония", "Tokyo", "Asia/Tokyo"),
        new("KOR", PartyKind.Partner, "Republic of Korea", "Республика Корея", "Seoul", "Asia/Seoul"),
        new("IND", PartyKind.Partner, "India", "Индия", "New Delhi", "Asia/Kolkata"),
        new("DEU", PartyKind.Partner, "Germany", "Германия", "Berlin", "Europe/Berlin"),
        new("TUR", PartyKind.Partner, "Türkiye", "Турция", "Ankara", "Europe/Istanbul"),
        new("EU", PartyKind.Partner, "European Union", "Европейский союз", "Brussels", "Europe/Brussels"),
        new("AFG", PartyKind.Observer, "Afghanistan", "Афганистан", "Kabul", "Asia/Kabul"),
        new("AZE", PartyKind.Observer, "Azerbaijan", "Азербайджан", "Baku", "Asia/Baku"),
        new("UN", PartyKind.Observer, "United Nations", "Организация Объединённых Наций", "New York", "America/New_York"),
    ];

    public static IEnumerable<string> Members => Parties.Where(p => p.Kind == PartyKind.Member).Select(p => p.Code);

    public static IEnumerable<string> Partners => Parties.Where(p => p.Kind == PartyKind.Partner).Select(p => p.Code);

    public static IReadOnlyList<Format> Formats() =>
        [new(Format.C5, "Central Asia Five", null), .. Partners.Select(p => new Format(Format.CodeFor(p), $"C5+{p}", p))];

    public static readonly Guid Leaders = StableId.For("body:C5:leaders");
    public static readonly Guid ForeignMinisters = StableId.For("body:C5:foreign-ministers");
    public static readonly Guid NationalCoordinators = StableId.For("body:C5:national-coordinators");

    public static Guid WorkingGroup(Track track) => StableId.For($"body:C5:wg:{track}");

    public static Guid PartnerSummit(string partner) => StableId.For($"body:C5+{partner}:leaders");

    public static Guid PartnerMinisters(string partner) => StableId.For($"body:C5+{partner}:ministers");

    public static Guid PartnerSeniorOfficials(string partner) => StableId.For($"body:C5+{partner}:senior-officials");

    private static readonly IReadOnlyDictionary<Track, (string En, string Ru)> WorkingGroupNames = new Dictionary<Track, (string En, string Ru)>
    {
        [Track.PoliticalSecurity] = ("Working Group on Political and Security Cooperation", "Рабочая группа по политическому сотрудничеству и безопасности"),
        [Track.EconomyTrade] = ("Working Group on Economy and Trade", "Рабочая группа по экономике и торговле"),
        [Track.WaterEnergy] = ("Working Group on Water and Energy", "Рабочая группа по водным ресурсам и энергетике"),
        [Track.TransportConnectivity] = ("Working Group on Transport and Connectivity", "Рабочая группа по транспорту и взаимосвязанности"),
        [Track.EnvironmentClimate] = ("Working Group on Environment and Climate", "Рабочая группа по экологии и климату"),
        [Track.SocialCultural] = ("Working Group on Social and Cultural Cooperation", "Рабочая группа по социальному и культурному сотрудничеству"),
    };

    /// <summary>
    /// The real hosts of the Consultative Meeting (DOMAIN.md): an explicit sequence, the turn passing at the close of
    /// each meeting; 2020 had no meeting and lost no turn. The turns taken come from the meetings recorded as held
    /// (<see cref="HistoricalRecord"/>), so Turkmenistan follows Uzbekistan's 2025 meeting because that meeting is recorded.
    /// </summary>
    public static readonly ChairRotationSettings HostSequence = new(
        RotationPolicy.Sequence, RotationAdvance.PerMeeting, ["KAZ", "UZB", "TKM", "KGZ", "TJK"], null, 2018, [], []);

    public static IReadOnlyList<Body> Bodies()
    {
        var bodies = new List<Body>
        {
            new(Leaders, "Consultative Meeting of the Heads of State of Central Asia", Layer.Leaders, Track.General, Format.C5, null, null, HostSequence,
                "Консультативная встреча глав государств Центральной Азии"),
            new(ForeignMinisters, "Council of Foreign Ministers", Layer.Ministers, Track.General, Format.C5, null, Leaders, ChairRotationSettings.Follows(Leaders),
                "Совет министров иностранных дел"),
            new(NationalCoordinators, "National Coordinators", Layer.SeniorOfficials, Track.General, Format.C5, null, ForeignMinisters, ChairRotationSettings.Follows(Leaders),
                "Национальные координаторы"),
        };
        bodies.AddRange(WorkingGroupNames.Select(wg =>
            new Body(WorkingGroup(wg.Key), wg.Value.En, Layer.WorkingGroup, wg.Key, Format.C5, null, NationalCoordinators, nameRu: wg.Value.Ru)));
        foreach (var partner in Partners)
        {
            var format = Format.CodeFor(partner);
            // The chair of a C5+X meeting is the C5 chair of the year (DOMAIN.md, Chair and host).
            bodies.Add(new Body(PartnerSummit(partner), $"{format} Summit", Layer.Leaders, Track.General, format, partner, null, ChairRotationSettings.Follows(Leaders), $"Саммит {format}"));
            bodies.Add(new Body(PartnerMinisters(partner), $"{format} Foreign Ministers' Meeting", Layer.Ministers, Track.General, format, partner, PartnerSummit(partner), ChairRotationSettings.Follows(Leaders), $"Встреча министров иностранных дел {format}"));
            bodies.Add(new Body(PartnerSeniorOfficials(partner), $"{format} Senior Officials", Layer.SeniorOfficials, Track.General, format, partner, PartnerMinisters(partner), ChairRotationSettings.Follows(Leaders), $"Старшие должностные лица {format}"));
        }

        return bodies;
    }
}
