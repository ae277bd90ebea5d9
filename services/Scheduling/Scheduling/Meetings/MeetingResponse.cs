using SummitCoordination.Contracts;
using SummitCoordination.Scheduling.Bodies;

namespace SummitCoordination.Scheduling.Meetings;

public sealed record DelegationResponse(string Party, string HeadName, string HeadRank, IReadOnlyList<string> Members);

/// <summary>Every instant both in UTC and in the venue's local time.</summary>
public sealed record MeetingResponse(
    Guid Id,
    Guid BodyId,
    string BodyName,
    Layer Layer,
    string Format,
    string Title,
    MeetingStatus Status,
    DateTime StartUtc,
    DateTime EndUtc,
    string TimeZone,
    DateTimeOffset StartLocal,
    DateTimeOffset EndLocal,
    string HostParty,
    string City,
    string Venue,
    IReadOnlyList<DelegationResponse> Delegations,
    IReadOnlyList<string> Observers,
    long Version)
{
    public static MeetingResponse From(Meeting m, Body body)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(m.TimeZone);
        return new MeetingResponse(m.Id, m.BodyId, body.Name, body.Layer, body.Format, m.Title, m.Status, m.StartUtc, m.EndUtc,
            m.TimeZone, TimeZoneInfo.ConvertTime(new DateTimeOffset(m.StartUtc), zone), TimeZoneInfo.ConvertTime(new DateTimeOffset(m.EndUtc), zone),
            m.HostParty, m.City, m.Venue,
            m.Delegations.Select(d => new DelegationResponse(d.Party, d.HeadName, d.HeadRank, d.Members)).ToList(),
            m.Observers, m.Version);
    }
}
