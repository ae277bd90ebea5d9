namespace SummitCoordination.Contracts;

/// <summary>
/// A treaty, agreement or charter adopted at a meeting was opened for signature there (DOMAIN.md, Instruments open for
/// signature). <c>Rule</c> says when it enters into force: AllParties, or Ratifications with <c>Ratifications</c> needed,
/// <c>DaysAfter</c> days after the deposit that completes the condition.
/// </summary>
public sealed record InstrumentOpenedForSignature(Guid InstrumentId, Guid MeetingId, Guid? StatementId, string Title, IReadOnlyList<string> Parties,
    EntryIntoForceRule Rule, int? Ratifications, int DaysAfter, DateOnly OpenedOn, DateTime AtUtc);

/// <summary>A party signed the instrument on a date.</summary>
public sealed record InstrumentSigned(Guid InstrumentId, string Party, DateOnly SignedOn, DateTime AtUtc);

/// <summary>A party ratified the instrument and deposited its ratification on a date.</summary>
public sealed record InstrumentRatified(Guid InstrumentId, string Party, DateOnly RatifiedOn, DateTime AtUtc);

/// <summary>
/// The instrument entered into force: generally (<c>Party</c> null, with the parties for which it is in force from that
/// day), or for one party that ratified afterwards.
/// </summary>
public sealed record InstrumentEnteredIntoForce(Guid InstrumentId, string? Party, DateOnly InForceOn, IReadOnlyList<string> InForceFor, DateTime AtUtc);
