namespace SummitCoordination.Statements.Instruments;

/// <summary>One party's line in the status table: signature, ratification (deposit), and from when the instrument binds it.</summary>
public sealed class InstrumentParty
{
    public string Party { get; private set; } = "";
    public DateOnly? SignedOn { get; private set; }
    public DateOnly? RatifiedOn { get; private set; }

    /// <summary>The day the instrument enters (or entered) into force for this party, once known.</summary>
    public DateOnly? InForceOn { get; private set; }

    /// <summary>Whether that day has come and was announced.</summary>
    public bool InForce { get; private set; }

    private InstrumentParty()
    {
    }

    public InstrumentParty(string party) => Party = party;

    internal void Sign(DateOnly on) => SignedOn = on;

    internal void Ratify(DateOnly on) => RatifiedOn = on;

    internal void BindFrom(DateOnly on) => InForceOn = on;

    internal void EnterIntoForce() => InForce = true;
}

/// <summary>
/// An instrument open for signature (DOMAIN.md): adopted at a meeting and opened there; each party signs on a date (at the
/// meeting or later), then ratifies and deposits. It enters into force by itself when its rule is met (every party, or N
/// ratifications), <see cref="DaysAfter"/> days after the deposit that completes it; for a party that ratifies afterwards,
/// that many days after its own deposit (never before the general date). Each method returns the events it raises.
/// </summary>
public sealed class Instrument : Aggregate
{
    public Guid Id { get; private set; }
    public Guid MeetingId { get; private set; }
    public Guid? StatementId { get; private set; }
    public InstrumentKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public string? TitleRu { get; private set; }
    public DateOnly OpenedOn { get; private set; }
    public EntryIntoForceRule Rule { get; private set; }
    public int? RatificationsNeeded { get; private set; }
    public int DaysAfter { get; private set; }
    public InstrumentStatus Status { get; private set; }

    /// <summary>The day the instrument enters into force generally, once its rule is met.</summary>
    public DateOnly? InForceOn { get; private set; }
    public List<InstrumentParty> Parties { get; private set; } = [];
    public DateTime CreatedUtc { get; private set; }

    private Instrument()
    {
    }

    public static (Instrument Instrument, InstrumentOpenedForSignature Opened) Open(Guid meetingId, Guid? statementId, InstrumentKind kind, string title,
        string? titleRu, IReadOnlyList<string> parties, EntryIntoForceRule rule, int? ratifications, int daysAfter, DateOnly openedOn, DateTime nowUtc)
    {
        if (parties.Count == 0)
        {
            throw new DomainException(DomainErrorKind.Invalid, "instrument.no-parties", "An instrument is open for signature by at least one party.");
        }

        if (rule == EntryIntoForceRule.Ratifications && (ratifications is null || ratifications < 1 || ratifications > parties.Count))
        {
            throw new DomainException(DomainErrorKind.Invalid, "instrument.ratifications",
                $"An instrument that enters into force after N ratifications needs N from 1 to the {parties.Count} parties.");
        }

        var instrument = new Instrument
        {
            Id = Guid.NewGuid(),
            MeetingId = meetingId,
            StatementId = statementId,
            Kind = kind,
            Title = title,
            TitleRu = titleRu,
            OpenedOn = openedOn,
            Rule = rule,
            RatificationsNeeded = rule == EntryIntoForceRule.Ratifications ? ratifications : null,
            DaysAfter = daysAfter,
            Status = InstrumentStatus.OpenForSignature,
            Parties = parties.Distinct().Order(StringComparer.Ordinal).Select(p => new InstrumentParty(p)).ToList(),
            CreatedUtc = nowUtc,
        };
        return (instrument, new InstrumentOpenedForSignature(instrument.Id, meetingId, statementId, title, instrument.Parties.Select(p => p.Party).ToList(),
            rule, instrument.RatificationsNeeded, daysAfter, openedOn, nowUtc));
    }

    public int Needed => Rule == EntryIntoForceRule.AllParties ? Parties.Count : RatificationsNeeded!.Value;

    public InstrumentSigned Sign(string party, DateOnly on, DateOnly today, DateTime nowUtc)
    {
        var line = LineOf(party);
        RequireDate("signature", on, OpenedOn, today, "the day the instrument was opened for signature");
        if (line.SignedOn is not null)
        {
            throw new DomainException(DomainErrorKind.Conflict, "instrument.already-signed", $"{party} signed on {line.SignedOn:yyyy-MM-dd}.");
        }

        line.Sign(on);
        return new InstrumentSigned(Id, party, on, nowUtc);
    }

    public InstrumentRatified Ratify(string party, DateOnly on, DateOnly today, DateTime nowUtc)
    {
        var line = LineOf(party);
        if (line.SignedOn is not { } signed)
        {
            throw new DomainException(DomainErrorKind.Conflict, "instrument.not-signed", $"{party} has not signed; a party ratifies what it signed.");
        }

        RequireDate("ratification", on, signed, today, "its signature");
        if (line.RatifiedOn is not null)
        {
            throw new DomainException(DomainErrorKind.Conflict, "instrument.already-ratified", $"{party} deposited its ratification on {line.RatifiedOn:yyyy-MM-dd}.");
        }

        line.Ratify(on);
        if (InForceOn is { } general)
        {
            // Ratified after the rule was met: in force for it some days after its own deposit, never before the general date.
            var own = on.AddDays(DaysAfter);
            line.BindFrom(own > general ? own : general);
        }
        else
        {
            var deposits = Parties.Where(p => p.RatifiedOn is not null).Select(p => p.RatifiedOn!.Value).Order().ToList();
            if (deposits.Count >= Needed)
            {
                // The deposit that completes the condition: the N-th in order of date.
                InForceOn = deposits[Needed - 1].AddDays(DaysAfter);
                foreach (var ratified in Parties.Where(p => p.RatifiedOn is not null))
                {
                    var own = ratified.RatifiedOn!.Value.AddDays(DaysAfter);
                    ratified.BindFrom(own > InForceOn.Value ? own : InForceOn.Value);
                }
            }
        }

        return new InstrumentRatified(Id, party, on, nowUtc);
    }

    /// <summary>The days on which something is still to enter into force: where the persistent jobs are set.</summary>
    public IReadOnlyList<DateOnly> PendingDates() =>
        [.. new[] { Status == InstrumentStatus.InForce ? null : InForceOn }
            .Concat(Parties.Where(p => !p.InForce).Select(p => p.InForceOn))
            .Where(d => d is not null).Select(d => d!.Value).Distinct().Order()];

    /// <summary>Everything whose day has come enters into force: generally first, then for each party. Idempotent.</summary>
    public IReadOnlyList<InstrumentEnteredIntoForce> Advance(DateOnly today, DateTime nowUtc)
    {
        var events = new List<InstrumentEnteredIntoForce>();
        if (Status != InstrumentStatus.InForce && InForceOn is { } general && general <= today)
        {
            Status = InstrumentStatus.InForce;
            var bound = Parties.Where(p => p.InForceOn == general).ToList();
            bound.ForEach(p => p.EnterIntoForce());
            events.Add(new InstrumentEnteredIntoForce(Id, null, general, bound.Select(p => p.Party).ToList(), nowUtc));
        }

        if (Status == InstrumentStatus.InForce)
        {
            foreach (var line in Parties.Where(p => !p.InForce && p.InForceOn is { } d && d <= today).OrderBy(p => p.InForceOn))
            {
                line.EnterIntoForce();
                events.Add(new InstrumentEnteredIntoForce(Id, line.Party, line.InForceOn!.Value, [line.Party], nowUtc));
            }
        }

        return events;
    }

    private InstrumentParty LineOf(string party) =>
        Parties.SingleOrDefault(p => p.Party == party)
        ?? throw new DomainException(DomainErrorKind.Conflict, "instrument.not-a-party", $"{party} is not a party to '{Title}'.");

    private static void RequireDate(string what, DateOnly on, DateOnly earliest, DateOnly today, string earliestName)
    {
        if (on < earliest)
        {
            throw new DomainException(DomainErrorKind.Invalid, "instrument.date-too-early", $"A {what} cannot be dated before {earliestName} ({earliest:yyyy-MM-dd}).");
        }

        if (on > today)
        {
            throw new DomainException(DomainErrorKind.Invalid, "instrument.date-in-future", $"A {what} is recorded once it has happened; {on:yyyy-MM-dd} is still ahead.");
        }
    }
}
