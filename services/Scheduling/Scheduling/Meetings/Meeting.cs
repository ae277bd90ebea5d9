using SummitCoordination.BuildingBlocks.Persistence;
using SummitCoordination.Contracts;
using SummitCoordination.Scheduling.Bodies;

namespace SummitCoordination.Scheduling.Meetings;

/// <summary>One sitting of a body: instants in UTC, the venue's IANA time zone, host, venue, delegations and observers.</summary>
public sealed class Meeting : Aggregate
{
    public Guid Id { get; private set; }
    public Guid BodyId { get; private set; }
    public string Title { get; private set; } = "";
    public DateTime StartUtc { get; private set; }
    public DateTime EndUtc { get; private set; }
    public string TimeZone { get; private set; } = "";
    public string HostParty { get; private set; } = "";
    public string City { get; private set; } = "";
    public string Venue { get; private set; } = "";
    public MeetingStatus Status { get; private set; }
    public List<Delegation> Delegations { get; private set; } = [];
    public List<string> Observers { get; private set; } = [];
    public DateTime CreatedUtc { get; private set; }

    private Meeting()
    {
    }

    public static Meeting Schedule(Body body, string title, DateTime startUtc, DateTime endUtc, string timeZone,
        string hostParty, string city, string venue, IEnumerable<Delegation> delegations, IEnumerable<string> observers, DateTime nowUtc) => new()
    {
        Id = Guid.NewGuid(),
        BodyId = body.Id,
        Title = title,
        StartUtc = startUtc,
        EndUtc = endUtc,
        TimeZone = timeZone,
        HostParty = hostParty,
        City = city,
        Venue = venue,
        Status = MeetingStatus.Planned,
        Delegations = delegations.ToList(),
        Observers = observers.ToList(),
        CreatedUtc = nowUtc,
    };

    public bool Seats(string party) => Delegations.Any(d => d.Party == party) || Observers.Contains(party);

    public MeetingScheduled Scheduled(Body body) => new(
        Id, BodyId, body.Name, body.Layer, body.Format, body.Partner, Title, StartUtc, EndUtc, TimeZone, HostParty, City, Venue,
        Delegations.Select(d => d.Party).ToList(), Observers.ToList(), CreatedUtc);
}
