namespace SummitCoordination.Web.Services;

// What Consensus answers the working pages (agendas, items, positions, decisions), as ConsensusClient reads it.

public sealed record PositionView(string Party, Position Position, string? Note, DateTime AtUtc);

public sealed record ItemView(Guid Id, ItemKind Kind, string Title, ItemStatus Status, int Order, string ProposedBy, string TargetLayer, IReadOnlyList<PositionView> Positions,
    Guid? MeetingId = null, string? Layer = null, string? Text = null, DateTime? SilenceDeadlineUtc = null, Guid? StatementId = null, int? StatementVersion = null,
    long Version = 0);

/// <summary>One step in an item's life: a position, a status change, a move to another meeting (with the meeting it happened at).</summary>
public sealed record ItemHistoryView(DateTime AtUtc, ItemEventKind Kind, string? Party, string? Detail, string? Note, string Actor, Guid? MeetingId);

public sealed record TallyView(int Concur, int Abstain, int Object, int Reserve, int NoPosition, int Absent);

/// <summary>What the body's rule made of the positions (DOMAIN.md, Decision rules).</summary>
public sealed record OutcomeView(OutcomeKind Kind, DecidedBy Rule, IReadOnlyList<string> Bound, IReadOnlyList<string> OptedOut, TallyView Tally, string Reason,
    string? Code = null, IReadOnlyList<string>? Args = null);

public sealed record DecisionView(ItemView Item, OutcomeView Outcome);

public sealed record AgendaView(Guid MeetingId, MeetingStatus Status, string Chair, IReadOnlyList<ItemView> Items, IReadOnlyList<string>? Deciders,
    string Title = "", string BodyName = "", string Layer = "", string Format = "", DecisionRuleView? DecisionRule = null);
