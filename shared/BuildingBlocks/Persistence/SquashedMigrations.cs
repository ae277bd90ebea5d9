namespace SummitCoordination.BuildingBlocks.Persistence;

/// <summary>
/// The migrations each service had before they were squashed into one <c>Baseline</c> per provider, by context, in order.
/// The last of each list is the one the baseline stands for: a database whose history holds it has the baseline's schema.
/// Read by <see cref="MigrationBaseline"/>; never edited, except to add the lists of a later squash.
/// </summary>
public static class SquashedMigrations
{
    /// <summary>The last commit of this repository with these migrations: the release that brings an older database up to them.</summary>
    public const string LastCommitBefore = "271594c1231c8a47f69ba9eee36c671e5a7af5c2";

    /// <summary>The squashed migrations of a provider's context (e.g. <c>SqliteSchedulingDbContext</c>), or null when it has none.</summary>
    public static IReadOnlyList<string>? Of(string context) => Chains.GetValueOrDefault(context);

    private static readonly Dictionary<string, string[]> Chains = new(StringComparer.Ordinal)
    {
        ["SqliteSchedulingDbContext"] =
        [
            "20261123195027_Initial", "20261123202403_Calendar", "20261124043342_CalendarSubscriptions", "20261124050738_ParkedMessages",
            "20261124083004_BodyNameRu", "20261124094654_RecordAsItHappened", "20261203151251_StandingScope", "20261203154301_TurnKept",
            "20261203191728_OutboxTraceParent",
        ],
        ["SqlServerSchedulingDbContext"] =
        [
            "20261123195030_Initial", "20261123202407_Calendar", "20261124043354_CalendarSubscriptions", "20261124050743_ParkedMessages",
            "20261124083025_BodyNameRu", "20261124094716_RecordAsItHappened", "20261203151254_StandingScope", "20261203154308_TurnKept",
            "20261203192523_OutboxTraceParent",
        ],
        ["PostgreSqlSchedulingDbContext"] = ["20261204054015_Initial"],
        ["SqliteConsensusDbContext"] =
        [
            "20261123195033_Initial", "20261123202409_Calendar", "20261123205008_MeetingChair", "20261123205921_AgendaItems",
            "20261123211747_ItemHistoryLog", "20261123212253_MeetingParentBody", "20261123214544_MeetingRule", "20261124050747_ParkedMessages",
            "20261124094702_RecordAsItHappened", "20261203190337_OutboxTraceParent", "20261204100158_MeetingChangedUtc",
            "20261204164017_HistoryPartyFitsTheSecretariat",
        ],
        ["SqlServerConsensusDbContext"] =
        [
            "20261123195036_Initial", "20261123202412_Calendar", "20261123205011_MeetingChair", "20261123205925_AgendaItems",
            "20261123211750_ItemHistoryLog", "20261123212256_MeetingParentBody", "20261123214546_MeetingRule", "20261124050750_ParkedMessages",
            "20261124094729_RecordAsItHappened", "20261203191247_OutboxTraceParent", "20261204100201_MeetingChangedUtc",
            "20261204164021_HistoryPartyFitsTheSecretariat",
        ],
        ["PostgreSqlConsensusDbContext"] = ["20261204054106_Initial", "20261204100204_MeetingChangedUtc", "20261204164025_HistoryPartyFitsTheSecretariat"],
        ["SqliteStatementsDbContext"] =
        [
            "20261123195039_Initial", "20261124010436_Drafting", "20261124050754_ParkedMessages", "20261124094938_RecordAsItHappened",
            "20261203150727_CommitmentsBilingualIdempotent", "20261203192531_OutboxTraceParent", "20261203233340_StatementTitleRu",
            "20261204051517_SlugCounters",
        ],
        ["SqlServerStatementsDbContext"] =
        [
            "20261123195041_Initial", "20261124010439_Drafting", "20261124050758_ParkedMessages", "20261124094957_RecordAsItHappened",
            "20261203150737_CommitmentsBilingualIdempotent", "20261203193015_OutboxTraceParent", "20261203233346_StatementTitleRu",
            "20261204051527_SlugCounters",
        ],
        ["PostgreSqlStatementsDbContext"] = ["20261204054155_Initial"],
    };
}
