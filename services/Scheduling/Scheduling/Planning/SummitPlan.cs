namespace SummitCoordination.Scheduling.Planning;

/// <summary>
/// One meeting of a summit week. <c>TurnOf</c>: for a body whose turn passes with each meeting held, the state whose
/// turn the plan's host would pass over (null when none); accepting the plan then says whether it waives or keeps it.
/// </summary>
public sealed record PlannedMeeting(Guid BodyId, string BodyName, string Layer, string Title, DateTime StartUtc, DateTime EndUtc,
    DateTimeOffset StartLocal, DateTimeOffset EndLocal, string Venue, IReadOnlyList<string> Parties, string? TurnOf = null);

/// <summary>A summit week laid out by the planner, kept until the secretariat accepts it.</summary>
public sealed class SummitPlan
{
    public Guid Id { get; private set; }
    public string HostParty { get; private set; } = "";
    public string City { get; private set; } = "";
    public string TimeZone { get; private set; } = "";
    public List<PlannedMeeting> Meetings { get; private set; } = [];
    public DateTime CreatedUtc { get; private set; }
    public DateTime? AcceptedUtc { get; private set; }

    private SummitPlan()
    {
    }

    public SummitPlan(string hostParty, string city, string timeZone, IEnumerable<PlannedMeeting> meetings, DateTime createdUtc)
    {
        Id = Guid.NewGuid();
        HostParty = hostParty;
        City = city;
        TimeZone = timeZone;
        Meetings = meetings.ToList();
        CreatedUtc = createdUtc;
    }

    /// <summary>The plan as the secretariat edits it: one meeting moved (new times or venue), or dropped.</summary>
    public void Replace(Guid bodyId, PlannedMeeting? moved)
    {
        RequireOpen();
        var index = Meetings.FindIndex(m => m.BodyId == bodyId);
        if (index < 0)
        {
            throw BuildingBlocks.Http.DomainException.NotFound("Planned meeting", bodyId);
        }

        var meetings = Meetings.ToList();
        if (moved is null)
        {
            meetings.RemoveAt(index);
        }
        else
        {
            meetings[index] = moved;
        }

        Meetings = meetings;
    }

    private void RequireOpen()
    {
        if (AcceptedUtc is not null)
        {
            throw new BuildingBlocks.Http.DomainException(BuildingBlocks.Http.DomainErrorKind.Conflict, "plan.already-accepted",
                $"This plan was accepted at {AcceptedUtc:u}; change the meetings it booked instead.");
        }
    }

    public void MarkAccepted(DateTime nowUtc)
    {
        if (AcceptedUtc is not null)
        {
            throw new BuildingBlocks.Http.DomainException(BuildingBlocks.Http.DomainErrorKind.Conflict, "plan.already-accepted",
                $"This plan was accepted at {AcceptedUtc:u}.");
        }

        AcceptedUtc = nowUtc;
    }
}
