using SummitCoordination.Contracts;

namespace SummitCoordination.Web.Services;

// What the working pages send to the services, typed after the services' request bodies (the JSON is the same: camelCase
// names, enums by name). A form holds what was typed; a value it cannot read as its enum goes as null, and the service
// answers with the field's problem.

/// <summary>An item proposed for a meeting's agenda (<c>POST /api/agenda-items</c>).</summary>
public sealed record ProposeItemRequest(Guid MeetingId, ItemKind? Kind, string Title, string? Text, Layer? TargetLayer, Guid? StatementId,
    int? StatementVersion);

/// <summary>A statement drafted for a meeting (<c>POST /api/statements</c>): English always, Russian when written.</summary>
public sealed record DraftRequest(Guid MeetingId, StatementKind? Kind, string Title, string? TitleRu, string English, string? Russian);

/// <summary>When an instrument enters into force: every party ratified, or a number of ratifications, so many days after the last.</summary>
public sealed record EntryIntoForceRequest(EntryIntoForceRule Rule, int? Ratifications, int DaysAfter);

/// <summary>A treaty, agreement or charter of an adopted statement opened for signature (<c>POST /api/instruments</c>).</summary>
public sealed record OpenInstrumentRequest(Guid MeetingId, Guid StatementId, InstrumentKind? Kind, string Title, EntryIntoForceRequest EntryIntoForce);

/// <summary>A summit week laid out by the planner (<c>POST /api/summit-plans</c>); days as <c>yyyy-MM-dd</c>.</summary>
public sealed record SummitPlanRequest(string HostParty, string City, IReadOnlyList<string> Venues, string? From, string? To, IReadOnlyList<Layer> Layers,
    IReadOnlyList<string> Partners);

/// <summary>One planned meeting moved to other times or another venue (<c>PUT /api/summit-plans/{plan}/meetings/{body}</c>).</summary>
public sealed record MovePlannedRequest(DateTimeOffset Start, DateTimeOffset End, string Venue);

/// <summary>Reads a form's choice as its enum: null when it is none of its names.</summary>
public static class FormChoice
{
    public static TEnum? Of<TEnum>(string? name) where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(name, ignoreCase: false, out var value) && Enum.IsDefined(value) ? value : null;
}
