using System.Globalization;

namespace SummitCoordination.Web.Services;

/// <summary>
/// One line of the secretariat console's live feed in the page's language (issue 19, point 13): written from the event's
/// kind and what it carries (<see cref="LiveEvent.Args"/>: outcomes, rules, positions and parties as codes, cities,
/// instants), never from the English sentence a service wrote. What a person typed (an item's or a statement's title, a
/// reason) is shown as typed.
/// </summary>
public sealed class LiveEventText(Display show, IStringLocalizer<Strings> text)
{
    /// <summary>What the event is, in the reader's words ("Meeting postponed").</summary>
    public string Kind(LiveEvent e) => show.Term("Live", e.Kind.ToString());

    /// <summary>What follows the kind: " · {meeting} · {details}", the meeting's title when the page knows it.</summary>
    public string Tail(LiveEvent e, string meetingTitle, IReadOnlyDictionary<string, Party> parties) =>
        (meetingTitle.Length > 0 ? $" · {meetingTitle}" : "") + (Details(e, parties) is { Length: > 0 } details ? $" · {details}" : "");

    /// <summary>What the event says beyond its kind, in the reader's language; "" when it says nothing more.</summary>
    public string Details(LiveEvent e, IReadOnlyDictionary<string, Party> parties)
    {
        var a = e.Args;
        string At(int i) => i < a.Count ? a[i] : "";
        string Name(string code) => Display.PartyName(parties, code);
        if (a.Count == 0)
        {
            // An event with nothing to write again: the service's words are English, so a Russian page says only its kind.
            return Display.IsEnglish ? e.Text : "";
        }

        return e.Kind switch
        {
            // The reason is the rule's own sentence: written again in Russian from its resource, left out when none matches.
            LiveEventKind.ItemDecided or LiveEventKind.SilenceBroken => Display.IsEnglish
                ? $"{show.Term("Outcome", At(0))} ({show.Term("Rule", At(1))}): {At(2)}"
                : show.Detail(ItemEventKind.Decided, $"{At(0)} by {At(1)}: {At(2)}", parties),
            LiveEventKind.PositionRecorded => $"{Name(At(0))}: {show.Term("Position", At(1))}",
            LiveEventKind.ItemProposed => $"{At(0)} · {show.Proposer(parties, At(1))}",
            LiveEventKind.AmendmentProposed => text["LiveLine.Amendment", Name(At(0)), At(1), At(2)],
            LiveEventKind.AmendmentAnswered => At(2) == "1"
                ? text["LiveLine.AmendmentAccepted", Name(At(0)), At(1)]
                : text["LiveLine.AmendmentRejected", Name(At(0)), At(1), At(3)],
            LiveEventKind.SilenceStarted => text["LiveLine.Until", At(0),
                DateTime.TryParseExact(At(1), "u", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var until) ? Display.Utc(until) : At(1)],
            LiveEventKind.Rescheduled => $"{At(0)}, {Display.City(At(1))}{(At(2) is { Length: > 0 } host ? $" ({Name(host)})" : "")}",
            LiveEventKind.Reminder => text["LiveLine.InDays", At(0)],
            LiveEventKind.AgendaUpdated => show.Term("Live", At(0)),
            // Issue 22: the paragraph's number, and what changed or who reserved.
            LiveEventKind.ParagraphChanged => $"{At(1)}: {show.Term("ParagraphEvent", At(2))}",
            LiveEventKind.ReservationEntered => $"{At(1)}: {Name(e.Party ?? "")}{(At(2) == "1" ? $" ({show.Term("ParagraphEvent", nameof(ParagraphEventKind.ReservationWithdrawn))})" : "")}",
            LiveEventKind.AdReferendumLapsed => $"{At(1)}: {Name(e.Party ?? "")}",
            LiveEventKind.TextReadiness => text["LiveLine.Version", At(1)],
            // A title or a reason a person typed.
            LiveEventKind.Published or LiveEventKind.Postponed or LiveEventKind.Cancelled => At(0),
            _ => "",
        };
    }
}
