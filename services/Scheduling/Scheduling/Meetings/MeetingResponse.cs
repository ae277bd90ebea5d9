using Microsoft.Net.Http.Headers;

namespace SummitCoordination.Scheduling.Meetings;

public sealed record DelegationResponse(string Party, string HeadName, string HeadRank, IReadOnlyList<string> Members);

/// <summary>Every instant both in UTC and in the venue's local time. <c>Warnings</c>: soft conflicts overridden by this change.</summary>
public sealed record MeetingResponse(
    Guid Id,
    Guid BodyId,
    string BodyName,
    Layer Layer,
    string Format,
    string Title,
    MeetingStatus Status,
    string? StatusReason,
    DateTime StartUtc,
    DateTime EndUtc,
    string TimeZone,
    DateTimeOffset StartLocal,
    DateTimeOffset EndLocal,
    string HostParty,
    string City,
    string Venue,
    string? CoChair,
    IReadOnlyList<DelegationResponse> Delegations,
    IReadOnlyList<string> Observers,
    long Version,
    IReadOnlyList<Conflict>? Warnings = null) : IVersioned
{
    /// <summary>The version of the body whose name, layer and format the reply shows: a renamed body gives the meeting a new tag.</summary>
    [JsonIgnore]
    public long BodyVersion { get; init; }

    EntityTagHeaderValue IVersioned.ETag => EntityTags.For(Version, BodyVersion);

    public static DateTimeOffset Local(DateTime utc, string timeZone) =>
        TimeZoneInfo.ConvertTime(new DateTimeOffset(utc), TimeZoneInfo.FindSystemTimeZoneById(timeZone));

    public static MeetingResponse From(Meeting m, Body body, IReadOnlyList<Conflict>? warnings = null) =>
        new(m.Id, m.BodyId, body.Name, body.Layer, body.Format, m.Title, m.Status, m.StatusReason, m.StartUtc, m.EndUtc,
            m.TimeZone, Local(m.StartUtc, m.TimeZone), Local(m.EndUtc, m.TimeZone), m.HostParty, m.City, m.Venue, m.CoChair,
            m.Delegations.Select(d => new DelegationResponse(d.Party, d.HeadName, d.HeadRank, d.Members)).ToList(),
            m.Observers, m.Version, warnings) { BodyVersion = body.Version };
}

public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
