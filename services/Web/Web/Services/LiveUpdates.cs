using MassTransit;

namespace SummitCoordination.Web.Services;

/// <summary>Something that happened in a service, as an open page shows it.</summary>
/// <remarks><c>Party</c> is the state the event is about (a position's author, an amendment's proposer); <c>ItemId</c> an agenda item.</remarks>
public sealed record LiveEvent(LiveEventKind Kind, Guid MeetingId, string Text, DateTime AtUtc, Guid? ItemId = null, string? Party = null)
{
    /// <summary>For an inbox message: its own kind (Reminder, Moved, ItemDecided, …).</summary>
    public NotificationKind? Subkind { get; init; }

    /// <summary>
    /// What the event carries, for a page to write it in its reader's language (issue 19, point 13; <see cref="LiveEventText"/>):
    /// codes (outcomes, rules, positions, parties), cities, instants ("u"), numbers, and what a person typed (titles,
    /// reasons), per kind (<see cref="LiveEventsConsumer"/>). <see cref="Text"/> keeps the service's English.
    /// </summary>
    public IReadOnlyList<string> Args { get; init; } = [];
}

/// <summary>
/// The services' events, pushed to the pages open in this web app (the shape of eShop's OrderStatusNotificationService):
/// the bus consumers below publish here, and a page subscribes while it is open and re-renders when told. No polling.
/// </summary>
public sealed class LiveUpdates
{
    private readonly Lock _gate = new();
    private readonly List<Func<LiveEvent, Task>> _subscribers = [];

    /// <summary>
    /// Subscribes a page. The page's execution context is kept with it (its circuit's signed-in person, for the calls
    /// it makes in answer, and its reader's culture): an event runs the handler in it, not in the bus consumer's.
    /// </summary>
    public IDisposable Subscribe(Func<LiveEvent, Task> onEvent)
    {
        var context = ExecutionContext.Capture();
        Func<LiveEvent, Task> handler = context is null ? onEvent : e =>
        {
            Task? running = null;
            ExecutionContext.Run(context, _ => running = onEvent(e), null);
            return running ?? Task.CompletedTask;
        };
        lock (_gate)
        {
            _subscribers.Add(handler);
        }

        return new Subscription(this, handler);
    }

    public async Task PublishAsync(LiveEvent e)
    {
        Func<LiveEvent, Task>[] subscribers;
        lock (_gate)
        {
            subscribers = [.. _subscribers];
        }

        foreach (var subscriber in subscribers)
        {
            try
            {
                await subscriber(e);
            }
            catch (ObjectDisposedException)
            {
                // A page closed while the event was on its way.
            }
        }
    }

    private void Unsubscribe(Func<LiveEvent, Task> onEvent)
    {
        lock (_gate)
        {
            _subscribers.Remove(onEvent);
        }
    }

    private sealed class Subscription(LiveUpdates owner, Func<LiveEvent, Task> onEvent) : IDisposable
    {
        public void Dispose() => owner.Unsubscribe(onEvent);
    }
}

/// <summary>The events open pages care about, from the bus to <see cref="LiveUpdates"/> (embedded and distributed alike).</summary>
public sealed class LiveEventsConsumer(LiveUpdates live)
    : IConsumer<AgendaItemDecided>, IConsumer<PositionRecorded>, IConsumer<AgendaItemProposed>, IConsumer<MeetingRescheduled>, IConsumer<MeetingPostponed>,
        IConsumer<MeetingCancelled>, IConsumer<MeetingConvened>, IConsumer<MeetingConcluded>, IConsumer<MeetingReminderDue>,
        IConsumer<AgendaSubmissionDeadlineReached>, IConsumer<AmendmentProposed>, IConsumer<AmendmentAnswered>, IConsumer<SilenceProcedureStarted>,
        IConsumer<AgendaItemMoved>, IConsumer<AgendaItemEscalated>, IConsumer<StatementPublished>,
        IConsumer<NotificationAdded>, IConsumer<AgendaUpdated>, IConsumer<ParagraphStatusChanged>, IConsumer<ReservationEntered>,
        IConsumer<StatementReadinessChanged>, IConsumer<AdReferendumLapsed>
{
    // Issue 22: the paragraph events, for the negotiation page (keyed by the meeting; Args[0] is the statement, then the paragraph's number).
    public Task Consume(ConsumeContext<ParagraphStatusChanged> c) => live.PublishAsync(new LiveEvent(LiveEventKind.ParagraphChanged, c.Message.MeetingId,
        $"{c.Message.Number}: {c.Message.Change}", c.Message.AtUtc)
    {
        Args = [c.Message.StatementId.ToString(), c.Message.Number, c.Message.Change.ToString()],
    });

    public Task Consume(ConsumeContext<ReservationEntered> c) => live.PublishAsync(new LiveEvent(LiveEventKind.ReservationEntered, c.Message.MeetingId,
        $"{c.Message.Party}: {c.Message.Number}", c.Message.AtUtc, null, c.Message.Party)
    {
        Args = [c.Message.StatementId.ToString(), c.Message.Number, c.Message.Withdrawn ? "1" : "0"],
    });

    public Task Consume(ConsumeContext<StatementReadinessChanged> c) => live.PublishAsync(new LiveEvent(LiveEventKind.TextReadiness, c.Message.MeetingId,
        string.Join(", ", c.Message.Blocking.Select(b => b.Number)), c.Message.AtUtc)
    {
        Args = [c.Message.StatementId.ToString(), c.Message.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)],
    });

    public Task Consume(ConsumeContext<AdReferendumLapsed> c) => live.PublishAsync(new LiveEvent(LiveEventKind.AdReferendumLapsed, c.Message.MeetingId,
        $"{c.Message.Number}: {c.Message.Party}", c.Message.AtUtc, null, c.Message.Party)
    {
        Args = [c.Message.StatementId.ToString(), c.Message.Number],
    });

    public Task Consume(ConsumeContext<AgendaUpdated> c) => live.PublishAsync(new LiveEvent(LiveEventKind.AgendaUpdated, c.Message.MeetingId, c.Message.Why.ToString(), c.Message.AtUtc)
    {
        Args = [c.Message.Why.ToString()],
    });

    public Task Consume(ConsumeContext<NotificationAdded> c) => live.PublishAsync(new LiveEvent(LiveEventKind.Inbox, c.Message.MeetingId, c.Message.Message,
        c.Message.CreatedUtc, null, c.Message.Party) { Subkind = c.Message.Kind });

    public Task Consume(ConsumeContext<AgendaItemDecided> c) => live.PublishAsync(new LiveEvent(
        c.Message.Rule == DecidedBy.SilenceProcedure && c.Message.Outcome == OutcomeKind.Blocked ? LiveEventKind.SilenceBroken : LiveEventKind.ItemDecided,
        c.Message.MeetingId,
        $"{c.Message.Outcome} ({c.Message.Rule}): {c.Message.Reason}", c.Message.AtUtc, c.Message.ItemId)
    {
        Args = [c.Message.Outcome.ToString(), c.Message.Rule.ToString(), c.Message.Reason],
    });

    public Task Consume(ConsumeContext<PositionRecorded> c) =>
        live.PublishAsync(new LiveEvent(LiveEventKind.PositionRecorded, c.Message.MeetingId, c.Message.Party, c.Message.AtUtc, c.Message.ItemId, c.Message.Party)
        {
            Args = [c.Message.Party, c.Message.Position.ToString()],
        });

    public Task Consume(ConsumeContext<AgendaItemProposed> c) =>
        live.PublishAsync(new LiveEvent(LiveEventKind.ItemProposed, c.Message.MeetingId, c.Message.Title, c.Message.AtUtc, c.Message.ItemId, c.Message.ProposedBy)
        {
            Args = [c.Message.Title, c.Message.ProposedBy],
        });

    public Task Consume(ConsumeContext<AmendmentProposed> c) => live.PublishAsync(new LiveEvent(LiveEventKind.AmendmentProposed, c.Message.MeetingId,
        $"{c.Message.Party}: {c.Message.StatementTitle} ({c.Message.Explanation})", c.Message.AtUtc, null, c.Message.Party)
    {
        Args = [c.Message.Party, c.Message.StatementTitle, c.Message.Explanation],
    });

    public Task Consume(ConsumeContext<AmendmentAnswered> c) => live.PublishAsync(new LiveEvent(LiveEventKind.AmendmentAnswered, c.Message.MeetingId,
        c.Message.Accepted ? c.Message.StatementTitle : $"{c.Message.StatementTitle}: {c.Message.Reason}", c.Message.AtUtc, null, c.Message.Party)
    {
        Args = [c.Message.Party, c.Message.StatementTitle, c.Message.Accepted ? "1" : "0", c.Message.Reason ?? ""],
    });

    public Task Consume(ConsumeContext<SilenceProcedureStarted> c) => live.PublishAsync(new LiveEvent(LiveEventKind.SilenceStarted, c.Message.MeetingId,
        c.Message.Title, c.Message.AtUtc, c.Message.ItemId)
    {
        Args = [c.Message.Title, c.Message.DeadlineUtc.ToString("u", System.Globalization.CultureInfo.InvariantCulture)],
    });

    public Task Consume(ConsumeContext<AgendaItemMoved> c) => live.PublishAsync(new LiveEvent(LiveEventKind.ItemMoved, c.Message.FromMeetingId ?? Guid.Empty, "", c.Message.AtUtc, c.Message.ItemId));

    public Task Consume(ConsumeContext<AgendaItemEscalated> c) => live.PublishAsync(new LiveEvent(LiveEventKind.ItemEscalated, c.Message.FromMeetingId, "", c.Message.AtUtc, c.Message.ItemId));

    public Task Consume(ConsumeContext<StatementPublished> c) => live.PublishAsync(new LiveEvent(LiveEventKind.Published, c.Message.MeetingId, c.Message.Title, c.Message.PublishedAtUtc)
    {
        Args = [c.Message.Title],
    });

    public Task Consume(ConsumeContext<MeetingRescheduled> c) => live.PublishAsync(new LiveEvent(LiveEventKind.Rescheduled, c.Message.MeetingId,
        $"{c.Message.Venue}, {c.Message.City}{(c.Message.HostParty is null ? "" : $" ({c.Message.HostParty})")}", c.Message.AtUtc)
    {
        Args = [c.Message.Venue, c.Message.City, c.Message.HostParty ?? ""],
    });

    public Task Consume(ConsumeContext<MeetingPostponed> c) => live.PublishAsync(new LiveEvent(LiveEventKind.Postponed, c.Message.MeetingId, c.Message.Reason, c.Message.AtUtc)
    {
        Args = [c.Message.Reason],
    });

    public Task Consume(ConsumeContext<MeetingCancelled> c) => live.PublishAsync(new LiveEvent(LiveEventKind.Cancelled, c.Message.MeetingId, c.Message.Reason, c.Message.AtUtc)
    {
        Args = [c.Message.Reason],
    });

    public Task Consume(ConsumeContext<MeetingConvened> c) => live.PublishAsync(new LiveEvent(LiveEventKind.Convened, c.Message.MeetingId, "", c.Message.AtUtc));

    public Task Consume(ConsumeContext<MeetingConcluded> c) => live.PublishAsync(new LiveEvent(LiveEventKind.Concluded, c.Message.MeetingId, "", c.Message.AtUtc));

    public Task Consume(ConsumeContext<MeetingReminderDue> c) =>
        live.PublishAsync(new LiveEvent(LiveEventKind.Reminder, c.Message.MeetingId, $"{c.Message.DaysBefore}", c.Message.AtUtc)
        {
            Args = [c.Message.DaysBefore.ToString(System.Globalization.CultureInfo.InvariantCulture)],
        });

    public Task Consume(ConsumeContext<AgendaSubmissionDeadlineReached> c) =>
        live.PublishAsync(new LiveEvent(LiveEventKind.AgendaDeadline, c.Message.MeetingId, "", c.Message.AtUtc));
}
