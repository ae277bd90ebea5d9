using Microsoft.EntityFrameworkCore;
using SummitCoordination.BuildingBlocks.Messaging;
using SummitCoordination.Contracts;
using SummitCoordination.Scheduling.Persistence;

namespace SummitCoordination.Scheduling.Notifications;

/// <summary>Each party to an instrument hears in its inbox that the instrument is open for its signature.</summary>
public sealed class InstrumentOpenedConsumer(SchedulingDbContext db, TimeProvider clock)
    : IdempotentConsumer<InstrumentOpenedForSignature, SchedulingDbContext>(db, clock)
{
    protected override Task Handle(InstrumentOpenedForSignature message, CancellationToken ct)
    {
        foreach (var party in message.Parties)
        {
            Db.Notifications.Add(new Notification(party, message.MeetingId, "OpenForSignature",
                $"'{message.Title}' is open for signature since {message.OpenedOn:yyyy-MM-dd} (instrument {message.InstrumentId}).", message.AtUtc));
        }

        return Task.CompletedTask;
    }
}

/// <summary>Each party for which an instrument entered into force hears it in its inbox.</summary>
public sealed class InstrumentInForceConsumer(SchedulingDbContext db, TimeProvider clock)
    : IdempotentConsumer<InstrumentEnteredIntoForce, SchedulingDbContext>(db, clock)
{
    protected override Task Handle(InstrumentEnteredIntoForce message, CancellationToken ct)
    {
        foreach (var party in message.InForceFor)
        {
            Db.Notifications.Add(new Notification(party, Guid.Empty, "InForce",
                $"Instrument {message.InstrumentId} is in force for {party} since {message.InForceOn:yyyy-MM-dd}.", message.AtUtc));
        }

        return Task.CompletedTask;
    }
}

public sealed class InstrumentOpenedConsumerDefinition() : ServiceConsumerDefinition<InstrumentOpenedConsumer>(SchedulingDbContext.Service);

public sealed class InstrumentInForceConsumerDefinition() : ServiceConsumerDefinition<InstrumentInForceConsumer>(SchedulingDbContext.Service);

/// <summary>The secretariat hears of every decision, and of a silence broken (DOMAIN.md, Silence procedure).</summary>
public sealed class DecisionNotificationConsumer(SchedulingDbContext db, TimeProvider clock)
    : IdempotentConsumer<AgendaItemDecided, SchedulingDbContext>(db, clock)
{
    protected override async Task Handle(AgendaItemDecided message, CancellationToken ct)
    {
        var title = await Db.Meetings.AsNoTracking().Where(m => m.Id == message.MeetingId).Select(m => m.Title).FirstOrDefaultAsync(ct) ?? "a meeting";
        var broken = message.Rule == "SilenceProcedure" && message.Outcome == "Blocked";
        Inbox.TellSecretariat(Db, message.MeetingId, broken ? "SilenceBroken" : "ItemDecided",
            broken ? $"Silence was broken on an item of '{title}': {message.Reason}" : $"An item of '{title}' was decided: {message.Outcome} ({message.Rule}). {message.Reason}",
            message.AtUtc);
    }
}

public sealed class DecisionNotificationConsumerDefinition() : ServiceConsumerDefinition<DecisionNotificationConsumer>(SchedulingDbContext.Service);
