using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace SummitCoordination.Web.Components.Meetings;

/// <summary>
/// What a meeting is scheduled or recorded as held with, as a person fills it in (<see cref="MeetingFields"/> shows it on
/// the schedule form and on the form that records a meeting already held): the body, title, host, place, times,
/// delegations and observers, and the request the Scheduling API takes for both (its CreateMeetingRequest).
/// </summary>
public sealed class MeetingForm
{
    public sealed class Row
    {
        public string Head { get; set; } = "";
        public string Rank { get; set; } = "";
    }

    /// <summary>The service's fields → the form's, so that a refusal sits next to what it concerns.</summary>
    public static readonly IReadOnlyDictionary<string, string> Fields = new Dictionary<string, string>
    {
        ["title"] = "title", ["city"] = "city", ["venue"] = "venue", ["timeZone"] = "zone", ["start"] = "start", ["end"] = "end",
    };

    public List<BodyView> Bodies { get; set; } = [];

    public List<PartyView> Parties { get; set; } = [];

    public string BodyText { get; set; } = "";

    public string Title { get; set; } = "";

    public string Host { get; set; } = "";

    public string City { get; set; } = "";

    public string Venue { get; set; } = "";

    public string Zone { get; set; } = "";

    public string CoChair { get; set; } = "";

    public DateTime? Start { get; set; }

    public DateTime? End { get; set; }

    /// <summary>One row per delegation: the head's name (empty: not yet named) and rank.</summary>
    public SortedDictionary<string, Row> Rows { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Observers { get; } = [];

    public BodyView? Body => Bodies.FirstOrDefault(b => b.Shown == BodyText || b.Name == BodyText);

    /// <summary>The bodies and parties to choose from; the body named by <paramref name="bodyId"/> chosen.</summary>
    public async Task LoadAsync(SchedulingClient scheduling, Guid? bodyId)
    {
        Bodies = (await scheduling.BodiesAsync()).OrderBy(b => b.Shown).ToList();
        Parties = await scheduling.PartyDetailsAsync();
        if (bodyId is { } id && Bodies.FirstOrDefault(b => b.Id == id) is { } body)
        {
            BodyText = body.Shown;
        }
    }

    private const string LocalFormat = "yyyy-MM-dd'T'HH:mm";

    /// <summary>What was typed, as a query string another form takes up with <see cref="FromQuery"/> (the delegations' rows excepted).</summary>
    public string Query()
    {
        var values = new Dictionary<string, string?>
        {
            ["bodyId"] = Body?.Id.ToString(), ["title"] = Title, ["host"] = Host, ["city"] = City, ["venue"] = Venue, ["zone"] = Zone,
            ["start"] = Start?.ToString(LocalFormat, CultureInfo.InvariantCulture), ["end"] = End?.ToString(LocalFormat, CultureInfo.InvariantCulture),
        };
        return QueryHelpers.AddQueryString("", values.Where(v => !string.IsNullOrWhiteSpace(v.Value)))[1..];
    }

    /// <summary>Takes up what another form passed in its query string (<see cref="Query"/>); the body is chosen by <see cref="LoadAsync"/>.</summary>
    public void FromQuery(string uri)
    {
        var query = QueryHelpers.ParseQuery(new Uri(uri).Query);
        string Value(string key) => query.TryGetValue(key, out var v) ? v.ToString() : "";
        DateTime? Local(string key) =>
            DateTime.TryParseExact(Value(key), LocalFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at : null;
        (Title, Host, City, Venue, Zone, Start, End) = (Value("title"), Value("host"), Value("city"), Value("venue"), Value("zone"), Local("start"), Local("end"));
    }

    /// <summary>Another body: the delegations are those of the new one.</summary>
    public void BodyChosen() => Rows.Clear();

    /// <summary>The zone of the host's capital, and its capital as the city, until someone says otherwise.</summary>
    public void HostChosen()
    {
        if (Parties.FirstOrDefault(p => p.Code == Host) is { } host)
        {
            Zone = host.TimeZone;
            // The capital in the reader's language; stored in English (KnownNames.ToStored) so every page can show it again.
            City = string.IsNullOrWhiteSpace(City) ? Display.City(host.Capital) : City;
        }
    }

    /// <summary>A start chosen without an end after it: three hours, as most sittings last.</summary>
    public void StartChosen()
    {
        if (Start is { } start && (End is null || End <= start))
        {
            End = start.AddHours(3);
        }
    }

    public void Observe(string code, bool invited)
    {
        if (invited)
        {
            Observers.Add(code);
        }
        else
        {
            Observers.Remove(code);
        }
    }

    /// <summary>The rank the form fills in for the body's layer, in the reader's language (stored under its English name, <see cref="KnownNames.RankToStore"/>).</summary>
    private string DefaultRank => Display.Rank(Body?.Layer switch
    {
        nameof(Layer.Leaders) => "Head of State",
        nameof(Layer.Ministers) => "Minister of Foreign Affairs",
        nameof(Layer.SeniorOfficials) => "National Coordinator",
        _ => "Expert",
    });

    public void EnsureRows(IEnumerable<string> parties)
    {
        foreach (var code in parties.Where(code => !Rows.ContainsKey(code)))
        {
            // The head is not named until someone types a name: the form shows a hint, never a made-up name.
            Rows[code] = new Row { Rank = DefaultRank };
        }
    }

    /// <summary>
    /// The service's dry run of the request (nothing saved): who would chair, who decides, the conflicts; the deciding set
    /// fills the delegations (checked again when it added some). Null while the form is not filled enough to ask.
    /// </summary>
    public async Task<MeetingCheckView?> CheckAsync(SchedulingClient scheduling, Func<MeetingRequest, MeetingRequest> complete, FormErrors errors)
    {
        if (Request(errors) is not { } request)
        {
            return null;
        }

        var check = await scheduling.CheckAsync(complete(request));
        var before = Rows.Count;
        EnsureRows(check.Deciders);
        return Rows.Count == before ? check : await scheduling.CheckAsync(complete(Request(errors)!));
    }

    /// <summary>
    /// The request once the body, the host, the place and the times are given (null before). A zone the service does not
    /// know is said next to its field in <paramref name="errors"/>, not as "choose the body, the host…".
    /// </summary>
    public MeetingRequest? Request(FormErrors errors)
    {
        if (!string.IsNullOrWhiteSpace(Zone) && !TimeZoneInfo.TryFindSystemTimeZoneById(Zone.Trim(), out _))
        {
            errors.Require("zone", "Problem.Field.timeZone");
        }

        if (Body is not { } body || Host == "" || string.IsNullOrWhiteSpace(City) || string.IsNullOrWhiteSpace(Venue)
            || Start is null || End is null || !TimeZoneInfo.TryFindSystemTimeZoneById(Zone, out var zone))
        {
            return null;
        }

        if (Rows.Count == 0)
        {
            // Until the service names the deciding set, the catalogue's members (and the format's partner) sit.
            EnsureRows(Parties.Where(p => p.Kind == PartyKind.Member).Select(p => p.Code).Concat(body.Partner is null ? [] : [body.Partner]));
        }

        return new MeetingRequest(body.Id, string.IsNullOrWhiteSpace(Title) ? null : Title.Trim(), Display.AtVenue(Start.Value, zone),
            Display.AtVenue(End.Value, zone), Zone, Host, KnownNames.ToStored(City, KnownNames.Cities), Venue.Trim(),
            Rows.Select(r => new MeetingDelegation(r.Key, string.IsNullOrWhiteSpace(r.Value.Head) ? null : r.Value.Head.Trim(), KnownNames.RankToStore(r.Value.Rank), [])).ToList(),
            Observers.ToList(), CoChair == "" ? null : CoChair);
    }
}
