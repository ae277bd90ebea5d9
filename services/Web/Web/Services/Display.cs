using System.Globalization;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.JSInterop;

namespace SummitCoordination.Web.Services;

/// <summary>
/// Everything a page shows in the reader's language: party names (from Scheduling, cached a few minutes), the names
/// of statuses, kinds, layers and tracks (from the resources), and instants in the meeting's own time zone.
/// </summary>
public sealed partial class Display(SchedulingClient scheduling, IMemoryCache cache, IStringLocalizer<Strings> text, ILogger<Display>? log = null)
{
    /// <summary>The languages of the site (issue 24), each with its name in itself, in the switch's order.</summary>
    public static readonly IReadOnlyList<(string Code, string Name)> Languages =
    [
        ("en", "English"), ("ru", "Русский"), ("kk", "Қазақша"), ("ky", "Кыргызча"), ("tg", "Тоҷикӣ"), ("tk", "Türkmençe"), ("uz", "Oʻzbekcha"),
    ];

    /// <summary>The reader's language: one of <see cref="Languages"/>, English for any other.</summary>
    public static string Language =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName is var code && Languages.Any(l => l.Code == code) ? code : "en";

    public static bool IsRussian => Language == "ru";

    /// <summary>
    /// An English page: the services' own English words are shown as written. Every other page writes them again from
    /// the resources; where a service keeps a name or a text in English and Russian only (a party's, a body's, a
    /// commitment's), a page in one of the five states' languages shows the Russian one, the region's working language,
    /// unless the resources have the name in the reader's language.
    /// </summary>
    public static bool IsEnglish => Language == "en";

    public async Task<IReadOnlyDictionary<string, Party>> PartiesAsync(CancellationToken ct = default) =>
        (await cache.GetOrCreateAsync("web:parties", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5);
            return (await scheduling.PartiesAsync(ct)).ToDictionary(p => p.Code, StringComparer.OrdinalIgnoreCase);
        }))!;

    /// <summary>The parties, or none while Scheduling cannot be reached: names are then shown as codes.</summary>
    public async Task<PartyNames> PartiesOrNoneAsync(CancellationToken ct = default)
    {
        try
        {
            return new PartyNames(await PartiesAsync(ct));
        }
        catch (HttpRequestException)
        {
            return PartyNames.None;
        }
    }

    /// <summary>
    /// A text kept in English, maybe Russian, maybe in other languages, in the reader's language: their own when there is
    /// one; the Russian one on a page in one of the five states' languages without its own (the region's working
    /// language); the English one otherwise.
    /// </summary>
    public static string Pick(string english, string? russian, IReadOnlyDictionary<string, string>? others = null) =>
        IsEnglish ? english
        : !IsRussian && others is not null && others.TryGetValue(Language, out var own) && !string.IsNullOrWhiteSpace(own) ? own
        : string.IsNullOrWhiteSpace(russian) ? english : russian;

    /// <summary>
    /// A statement's title in the reader's language (<see cref="Pick"/>); a title the service generated for a chairman's
    /// statement ("Chairman's statement: C5+USA Summit, Dushanbe 2042") written again in the reader's words.
    /// </summary>
    public static string StatementTitle(string english, string? russian, IReadOnlyDictionary<string, string>? others = null)
    {
        var shown = Pick(english, russian, others);
        const string Generated = "Chairman's statement: ";
        return shown == english && !IsEnglish && english.StartsWith(Generated, StringComparison.Ordinal) && KnownNames.Text("Name.ChairmansStatement") is { } pattern
            ? string.Format(Formats, pattern, MeetingTitle(english[Generated.Length..], []))
            : shown;
    }

    /// <summary>
    /// A party's name: in English and Russian as Scheduling keeps it (the secretariat may edit both); in the five states'
    /// languages from the resources (<c>Party.KAZ</c>), the Russian name for a party they do not know.
    /// </summary>
    public static string PartyName(IReadOnlyDictionary<string, Party> parties, string code) =>
        !parties.TryGetValue(code, out var party) ? code
        : IsEnglish ? party.NameEn
        : IsRussian ? party.NameRu
        : KnownNames.Text($"Name.Party.{code}") ?? party.NameRu;

    /// <summary>
    /// A body's name: English and Russian as Scheduling keeps them; in the five states' languages the resources' name of a
    /// standard body (<see cref="KnownNames.Body"/>), the Russian name otherwise (the English one when it has none).
    /// </summary>
    public static string BodyName(string? name, string? nameRu) =>
        string.IsNullOrEmpty(name) ? nameRu ?? ""
        : IsEnglish ? name
        : IsRussian ? (string.IsNullOrEmpty(nameRu) ? name : nameRu)
        : KnownNames.Body(name) ?? (string.IsNullOrEmpty(nameRu) ? name : nameRu);

    /// <summary>
    /// A resource's text for an enum-like value (e.g. <c>Status.NotStarted</c>); the value itself if there is none, and a
    /// warning in the log, since every value a service gives has its text (<c>tests/Web.Tests/ResourceKeyTests</c>).
    /// </summary>
    public string Term<TValue>(string group, TValue value) where TValue : struct, Enum => TextOf(group, value.ToString());

    /// <inheritdoc cref="Term{TValue}(string, TValue)"/>
    public string Term(string group, string? value) => TextOf(group, value);

    private string TextOf(string group, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var found = text[$"{group}.{value}"];
        if (found.ResourceNotFound)
        {
            log?.LogWarning("No text for the resource key {Key}: the page shows the value {Value} as it is", found.Name, value);
            return value;
        }

        return found.Value;
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
        var date = Date(DateOnly.FromDateTime(local));
        return withTime
            ? $"{date}, {local.ToString(TimePattern, Formats)} ({Offset(offset)})"
            : date;
    }

    /// <summary>A zone's offset as a reader knows it: "UTC+5", "UTC+5:30", "UTC" (never the IANA id, which is no word in either language).</summary>
    public static string Offset(TimeSpan offset) => offset == TimeSpan.Zero
        ? "UTC"
        : $"UTC{(offset < TimeSpan.Zero ? "−" : "+")}{Math.Abs(offset.Hours)}{(offset.Minutes != 0 ? $":{Math.Abs(offset.Minutes):00}" : "")}";

    /// <summary>A zone as the reader reads it, at an instant: its offset then ("UTC+5").</summary>
    public static string ZoneName(string? timeZone, DateTime? atUtc = null)
    {
        var zone = Zone(timeZone);
        return Offset(zone.GetUtcOffset(DateTime.SpecifyKind(atUtc ?? DateTime.UtcNow, DateTimeKind.Utc)));
    }

    /// <summary>An instant in UTC in the reader's culture: "28 September 2042, 05:00 UTC".</summary>
    public static string Utc(DateTime utc) => BuildingBlocks.Languages.OfficialDates.Instant(utc, Language);

    /// <summary>A city the service stores in English (a capital, a venue's city), in the reader's language.</summary>
    public static string City(string? city) => KnownNames.Of(city, KnownNames.Cities);

    /// <summary>A head of delegation's rank: the ranks the services fill in by default have a Russian form; a typed one is shown as typed.</summary>
    public static string Rank(string? rank) => KnownNames.Of(rank, KnownNames.Ranks);

    /// <summary>
    /// A meeting's title in the reader's language: a title the service generated ("Council of Foreign Ministers, Tashkent
    /// 2027", from the body's name, the city and the year) is composed again from the body's Russian name and the city's;
    /// the seeded meetings of the record have their Russian titles; a title an author wrote is shown as written.
    /// </summary>
    public static string MeetingTitle(string? title, string? bodyName, string? bodyNameRu)
    {
        if (string.IsNullOrEmpty(title) || IsEnglish)
        {
            return title ?? "";
        }

        if (KnownNames.Title(title) is { } known)
        {
            return known;
        }

        if (!string.IsNullOrEmpty(bodyName) && BodyName(bodyName, bodyNameRu) is var body && body != bodyName && title.StartsWith(bodyName + ", ", StringComparison.Ordinal)
            && System.Text.RegularExpressions.Regex.Match(title[(bodyName.Length + 2)..], @"^(?<city>.+) (?<year>\d{4})$") is { Success: true } generated)
        {
            return $"{body}, {City(generated.Groups["city"].Value)} {generated.Groups["year"].Value}";
        }

        return title;
    }

    /// <summary>A meeting's title when only the title is known: the record's titles and the generated ones whose body is a known one.</summary>
    public static string MeetingTitle(string? title, IEnumerable<(string Name, string? NameRu)> bodies)
    {
        if (string.IsNullOrEmpty(title) || IsEnglish)
        {
            return title ?? "";
        }

        // The longest body name the title starts with; a standard body's name the resources know when the page knows no
        // bodies (none: no body, and the title is shown as written).
        var body = bodies.Where(b => title.StartsWith(b.Name + ", ", StringComparison.Ordinal)).OrderByDescending(b => b.Name.Length).FirstOrDefault();
        if (body.Name is null && title.LastIndexOf(", ", StringComparison.Ordinal) is > 0 and var comma && KnownNames.Body(title[..comma]) is not null)
        {
            body = (title[..comma], null);
        }

        return MeetingTitle(title, body.Name, body.NameRu);
    }

    /// <summary>
    /// An inbox message in the reader's language: the service's code and arguments through the resources (meeting titles,
    /// cities, party codes, instants and days written for the reader), or its English sentence for a message without a
    /// known code. English pages too: states by name and instants as a reader reads them, not the service's codes and
    /// "2042-09-28 05:00:00Z"; there the decision's reason, which the service writes in English only, follows the sentence.
    /// </summary>
    public string Notice(NotificationView n, IReadOnlyDictionary<string, Party> parties, IEnumerable<(string Name, string? NameRu)> bodies)
    {
        if (string.IsNullOrEmpty(n.Code) || text[$"Inbox.{n.Code}"] is { ResourceNotFound: true })
        {
            return n.Message;
        }

        var known = bodies.ToList();
        var args = n.Args ?? [];
        var sentence = text[$"Inbox.{n.Code}", [.. args.Select(a => (object)Argument(a, parties, known))]].Value;
        // A recorded outcome's reason says only that it was recorded, as the sentence already does.
        var recorded = n.Code switch
        {
            "ItemDecided" => args.Count > 2 && args[2] == nameof(DecidedBy.Recorded),
            "ItemDecidedOn" => args.Count > 3 && args[3] == nameof(DecidedBy.Recorded),
            _ => false,
        };
        return IsEnglish && !recorded && ReasonAt(n.Code) is { } at && at < args.Count && !string.IsNullOrWhiteSpace(args[at])
            ? $"{sentence} {PartyCodes().Replace(args[at], m => parties.ContainsKey(m.Value) ? PartyName(parties, m.Value) : m.Value)}"
            : sentence;
    }

    /// <summary>The argument holding the service's English reason, in the codes whose sentence ends with one (Scheduling's NotificationTexts).</summary>
    private static int? ReasonAt(string code) => code switch
    {
        "SilenceBroken" => 1,
        "SilenceBrokenOn" => 2,
        "ItemDecided" => 3,
        "ItemDecidedOn" => 4,
        _ => null,
    };

    /// <summary>A party code as the services write them elsewhere in their sentences (two to ten capitals: EU, KAZ).</summary>
    [GeneratedRegex(@"\b[A-Z]{2,10}\b")]
    private static partial Regex PartyCodes();

    private string Argument(string value, IReadOnlyDictionary<string, Party> parties, IReadOnlyList<(string Name, string? NameRu)> bodies)
    {
        if (DateTime.TryParseExact(value, "u", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var at))
        {
            return Utc(at);
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return Date(day);
        }

        if (parties.ContainsKey(value))
        {
            return PartyName(parties, value);
        }

        var term = text[$"Outcome.{value}"] is { ResourceNotFound: false } outcome ? outcome.Value
            : text[$"Rule.{value}"] is { ResourceNotFound: false } rule ? rule.Value
            : text[$"ParagraphStatus.{value}"] is { ResourceNotFound: false } status ? status.Value : null;
        return term ?? (KnownNames.Cities.Contains(value) ? City(value) : MeetingTitle(value, bodies));
    }

    /// <summary>Why a party chairs, in the reader's language (the service's code and arguments; its English words without one).</summary>
    public string ChairReason(string? code, IReadOnlyList<string>? args, string english, IReadOnlyDictionary<string, Party> parties,
        IEnumerable<(string Name, string? NameRu)>? bodies = null)
    {
        if (string.IsNullOrEmpty(code) || args is null || args.Count < 2 || text[$"ChairReason.{code}"] is { ResourceNotFound: true })
        {
            return english;
        }

        var (waived, via) = (args[^2], args[^1]);
        var main = code switch
        {
            "ChairNextAfter" when args.Count >= 5 => text[$"ChairReason.{code}", PartyName(parties, args[0]),
                DateOnly.TryParseExact(args[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var on) ? Date(on) : args[1], City(args[2])].Value,
            "ChairTerm" => text[$"ChairReason.{code}", args[0]].Value,
            _ => text[$"ChairReason.{code}"].Value,
        };
        if (waived is not ("" or "0"))
        {
            main = text["ChairReason.Waived", main, waived].Value;
        }

        var body = (bodies ?? []).FirstOrDefault(b => b.Name == via);
        return via == "" ? main : text["ChairReason.Via", BodyName(via, body.NameRu), main].Value;
    }

    /// <summary>
    /// The details of a meeting's history or an item's trail in the reader's language. The services write them as
    /// English phrases of a few known shapes ("2042-09-14 05:00:00Z to … at Hall, City (TJK, Asia/Dushanbe)", "bound: KAZ,
    /// UZB", "Adopted by Consensus: …"); each shape is read back and written from the resources (instants, parties, cities,
    /// ranks, outcomes and rules in the reader's words). What no shape matches (a reason a person typed) is shown as written.
    /// </summary>
    public string Detail(MeetingChangeKind kind, string? detail, IReadOnlyDictionary<string, Party> parties, IEnumerable<(string Name, string? NameRu)>? bodies = null) =>
        Detail(detail, parties, bodies, change: kind);

    /// <inheritdoc cref="Detail(MeetingChangeKind, string?, IReadOnlyDictionary{string, Party}, IEnumerable{ValueTuple{string, string?}}?)"/>
    public string Detail(ItemEventKind kind, string? detail, IReadOnlyDictionary<string, Party> parties, IEnumerable<(string Name, string? NameRu)>? bodies = null) =>
        Detail(detail, parties, bodies, item: kind);

    private string Detail(string? detail, IReadOnlyDictionary<string, Party> parties, IEnumerable<(string Name, string? NameRu)>? bodies,
        MeetingChangeKind? change = null, ItemEventKind? item = null)
    {
        // In English too: the services' instants ("2043-04-14 05:00:00Z") and party codes ("KAZ (Astana)") are read as
        // a reader reads them ("14 April 2043, 05:00 (UTC)", "Kazakhstan (Astana)").
        if (string.IsNullOrEmpty(detail))
        {
            return "";
        }

        var known = (bodies ?? []).ToList();
        string Parties(string list) => string.Join(", ", list.Split(", ", StringSplitOptions.RemoveEmptyEntries).Select(c => PartyName(parties, c)));
        string At(string u) => DateTime.TryParseExact(u, "u", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var at) ? Utc(at) : u;
        string Say(string key, params object[] args) => text[$"Detail.{key}", args].Value;
        const string Instant = @"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}Z";

        if (Regex.Match(detail, $@"^(?<held>held )?(?<moved>.*?)(?<s>{Instant}) to (?<e>{Instant}) at (?<venue>.+), (?<city>[^,()]+?)(?: \((?<host>[A-Z]{{2,10}})(?:, [^)]+)?\))?(?:; source: (?<source>.*))?$") is { Success: true } place)
        {
            var where = $"{place.Groups["venue"].Value}, {City(place.Groups["city"].Value)}" + (place.Groups["host"].Success ? $" ({PartyName(parties, place.Groups["host"].Value)})" : "");
            return Say(place.Groups["held"].Success ? "Held" : "Place", At(place.Groups["s"].Value), At(place.Groups["e"].Value), where)
                + (place.Groups["moved"].Value.Length > 0 ? $" · {Moved(place.Groups["moved"].Value)}" : "")
                + (place.Groups["source"].Success ? $"; {Say("Source", place.Groups["source"].Value)}" : "");
        }

        // "moved from TKM (Ashgabat) to KGZ (Bishkek); ": the move's two hosts and cities, each in the reader's language.
        string Moved(string moved) =>
            Regex.Match(moved, @"^moved from (?<from>[A-Z]{2,10}) \((?<fromCity>[^()]*)\) to (?<to>[A-Z]{2,10}) \((?<toCity>[^()]*)\)") is { Success: true } m
                ? Say("Moved", PartyName(parties, m.Groups["from"].Value), City(m.Groups["fromCity"].Value), PartyName(parties, m.Groups["to"].Value), City(m.Groups["toCity"].Value))
                : moved.TrimEnd(' ', ':', ';');

        if (change == MeetingChangeKind.DelegationSet && Regex.Match(detail, @"^(?<party>[A-Z]{2,10}): (?<head>.+) \((?<rank>[^()]*)\)$") is { Success: true } delegation)
        {
            var head = delegation.Groups["head"].Value == "head not yet named" ? text["Delegations.HeadNotNamed"].Value : delegation.Groups["head"].Value;
            return $"{PartyName(parties, delegation.Groups["party"].Value)}: {head} ({Rank(delegation.Groups["rank"].Value)})";
        }

        if (change is MeetingChangeKind.DelegationRemoved or MeetingChangeKind.ObserversSet && Regex.IsMatch(detail, @"^[A-Z]{2,10}(, [A-Z]{2,10})*$"))
        {
            return Parties(detail);
        }

        if (Regex.Match(detail, @"^ahead of its scheduled start: (?<why>.*)$", RegexOptions.Singleline) is { Success: true } ahead)
        {
            return Say("Ahead", ahead.Groups["why"].Value);
        }

        if (Regex.Match(detail, @"^(?<host>[A-Z]{2,10}) hosts; (?<turn>[A-Z]{2,10}) keeps its turn$") is { Success: true } outOfTurn)
        {
            return Say("OutOfTurn", PartyName(parties, outOfTurn.Groups["host"].Value), PartyName(parties, outOfTurn.Groups["turn"].Value));
        }

        if (Regex.Match(detail, @"^(?<party>[A-Z]{2,10}) waives its turn in (?<year>\d{4}); (?<host>[A-Z]{2,10}) hosts$") is { Success: true } waived)
        {
            return Say("Waived", PartyName(parties, waived.Groups["party"].Value), waived.Groups["year"].Value, PartyName(parties, waived.Groups["host"].Value));
        }

        if (Regex.Match(detail, @"^(?<kind>\w+) for (?<title>.+), target (?<layer>\w+)$") is { Success: true } proposed)
        {
            return Say("Proposed", Term("ItemKind", proposed.Groups["kind"].Value), MeetingTitle(proposed.Groups["title"].Value, known), Term("Layer", proposed.Groups["layer"].Value));
        }

        if (Regex.Match(detail, $@"^deadline (?<at>{Instant})$") is { Success: true } deadline)
        {
            return Say("Deadline", At(deadline.Groups["at"].Value));
        }

        if (Regex.Match(detail, @"^(?<outcome>\w+) by (?<rule>\w+): (?<reason>.*)$", RegexOptions.Singleline) is { Success: true } decided)
        {
            return Say("Decided", Term("Outcome", decided.Groups["outcome"].Value), Term("Rule", decided.Groups["rule"].Value.StartsWith("ConsensusMinus", StringComparison.Ordinal) ? "ConsensusMinusX" : decided.Groups["rule"].Value))
                + (FromEnglish("Reason.", decided.Groups["reason"].Value, parties) is { } why ? $": {why}" : "");
        }

        if (Regex.Match(detail, @"^bound: (?<parties>.*)$") is { Success: true } bound)
        {
            return Say("Bound", Parties(bound.Groups["parties"].Value));
        }

        if (Regex.Match(detail, @"^(?<outcome>\w+) at (?<title>.+?)(?:: (?<reason>.*))?$", RegexOptions.Singleline) is { Success: true } recorded && (item == ItemEventKind.RecordedAsHeld || change == MeetingChangeKind.RecordedAsHeld))
        {
            return Say("RecordedAt", Term("Outcome", recorded.Groups["outcome"].Value), MeetingTitle(recorded.Groups["title"].Value, known))
                + (recorded.Groups["reason"].Success ? $": {recorded.Groups["reason"].Value}" : "");
        }

        if (Regex.Match(detail, @"^to (?<title>.+)$") is { Success: true } moved)
        {
            return Say("To", MeetingTitle(moved.Groups["title"].Value, known));
        }

        return detail switch
        {
            "the meeting convened" => Say("Convened"),
            "taken up again by a silence procedure" => Say("SilenceAgain"),
            "waiting for a meeting" => Say("Waiting"),
            _ => FromEnglish("Reason.", detail, parties) ?? detail,
        };
    }

    /// <summary>
    /// A sentence a service wrote from one of the resources' English texts (e.g. an outcome's reason "Objected by KAZ."),
    /// written again from the same resource in the reader's language; null when none matches.
    /// </summary>
    private string? FromEnglish(string prefix, string english, IReadOnlyDictionary<string, Party> parties)
    {
        var reader = CultureInfo.CurrentUICulture;
        List<LocalizedString> neutral;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            neutral = text.GetAllStrings(false).Where(s => s.Name.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        }
        finally
        {
            CultureInfo.CurrentUICulture = reader;
        }

        foreach (var template in neutral)
        {
            var pattern = "^" + Regex.Replace(Regex.Escape(template.Value).Replace("\\{", "{"), @"\{(\d+)\}", m => $"(?<a{m.Groups[1].Value}>.*?)") + "$";
            if (Regex.Match(english, pattern, RegexOptions.Singleline) is { Success: true } match)
            {
                var count = Regex.Matches(template.Value, @"\{(\d+)\}").Select(m => m.Groups[1].Value).Distinct().Count();
                var args = Enumerable.Range(0, count).Select(i => match.Groups[$"a{i}"].Value).ToList();
                return Reason(template.Name[prefix.Length..], args, english, parties);
            }
        }

        return null;
    }

    /// <summary>Who proposed an item: a party by name, the secretariat as the secretariat.</summary>
    public string Proposer(IReadOnlyDictionary<string, Party> parties, string? code) => code switch
    {
        null or "" => "",
        "SECRETARIAT" => text["Role.Secretariat"].Value,
        _ => PartyName(parties, code),
    };

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
    public static string Date(DateTime utc) => Date(DateOnly.FromDateTime(utc));

    /// <summary>A calendar day (a signature, a deposit) as the reader's language writes it in official texts (<see cref="BuildingBlocks.Languages.OfficialDates.Format"/>); empty for none.</summary>
    public static string Date(DateOnly? day) => day is { } d ? BuildingBlocks.Languages.OfficialDates.Format(d, Language) : "";

    /// <summary>The reader's culture for dates and numbers, with what ICU lacks supplied (<see cref="SiteCultures"/>).</summary>
    public static CultureInfo Formats => SiteCultures.Of(Language);

    /// <summary>A month as its heading names it: "September 2042", "Сентябрь 2042 г."; capitalised, nothing else.</summary>
    public static string MonthName(DateOnly month)
    {
        var text = month.ToDateTime(TimeOnly.MinValue).ToString("Y", Formats);
        return char.ToUpper(text[0], Formats) + text[1..];
    }

    /// <summary>
    /// The months a month field offers, first days, in order: a year before <paramref name="today"/>'s month to two
    /// years after it, stretched to take in every month of <paramref name="shown"/>. A list in the page's language:
    /// a browser draws <c>&lt;input type=month&gt;</c> in its own language, not the page's.
    /// </summary>
    public static IEnumerable<DateOnly> Months(DateOnly today, IEnumerable<DateOnly> shown)
    {
        var current = new DateOnly(today.Year, today.Month, 1);
        var months = shown.Select(m => new DateOnly(m.Year, m.Month, 1)).Append(current.AddYears(-1)).Append(current.AddYears(2)).ToList();
        for (var month = months.Min(); month <= months.Max(); month = month.AddMonths(1))
        {
            yield return month;
        }
    }

    /// <summary>The 24-hour clock in every language.</summary>
    public const string TimePattern = "HH:mm";

    public static string Number(int value) => value.ToString("N0", Formats);

    private static TimeZoneInfo Zone(string? id) =>
        id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
}
