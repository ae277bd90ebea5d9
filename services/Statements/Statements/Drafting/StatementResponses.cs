namespace SummitCoordination.Statements.Drafting;

public sealed record VersionSummary(int Number, DateTime CreatedUtc, string Author, Guid? AmendmentId);

/// <summary>A kept version: its whole text per language, and the same text as numbered paragraphs, both languages side by side (issue 22).</summary>
public sealed record VersionResponse(int Number, string English, string EnglishHtml, string? Russian, string? RussianHtml, DateTime CreatedUtc, string Author,
    Guid? AmendmentId, IReadOnlyList<ParagraphText>? Paragraphs = null)
{
    public static VersionResponse From(StatementVersion v) => new(v.Number, v.English, v.EnglishHtml, v.Russian, v.RussianHtml, v.CreatedUtc, v.Author, v.AmendmentId,
        v.Paragraphs.OrderBy(p => p.Position).Select(ParagraphText.From).ToList());
}

/// <summary>A chairman's statement built from what was agreed: the failed text, its version, and the paragraphs taken from it.</summary>
public sealed record ChairmansSource(Guid StatementId, int Version, IReadOnlyList<Guid> Paragraphs);

public sealed record AdoptionResponse(int Version, string ContentHash, IReadOnlyList<string> Signatories, Guid MeetingId, DateTime AdoptedUtc);

public sealed record StatementResponse(
    Guid Id,
    Guid MeetingId,
    StatementKind Kind,
    string Title,
    Guid? ItemId,
    StatementStatus Status,
    string CreatedBy,
    DateTime CreatedUtc,
    IReadOnlyList<VersionSummary> Versions,
    VersionResponse Current,
    AdoptionResponse? Adoption,
    DateTime? EmbargoUtc,
    DateTime? PublishedUtc,
    string? Slug,
    Guid? CorrectsId,
    Guid? InPlaceOfId,
    DateTime? BlockedUtc,
    DateTime? NotAdoptedUtc,
    bool MayIssueChairmansStatement,
    Guid? ChairmansStatementId,
    string? TitleRu,
    ChairmansSource? BuiltFrom = null)
{
    /// <summary><c>titleRu</c>: the Russian title given, else the Russian text's own first "# " heading (of the version shown), else null.</summary>
    public static StatementResponse From(Statement s) => new(s.Id, s.MeetingId, s.Kind, s.Title, s.ItemId, s.Status, s.CreatedBy, s.CreatedUtc,
        s.Versions.OrderBy(v => v.Number).Select(v => new VersionSummary(v.Number, v.CreatedUtc, v.Author, v.AmendmentId)).ToList(),
        VersionResponse.From(s.Frozen ?? s.Latest),
        s.AdoptedVersion is { } n ? new AdoptionResponse(n, s.ContentHash!, s.Signatories, s.MeetingId, s.AdoptedUtc!.Value) : null,
        s.EmbargoUtc, s.PublishedUtc, s.Slug, s.CorrectsId, s.InPlaceOfId, s.BlockedUtc, s.NotAdoptedUtc, s.MayIssueChairmansStatement, s.ChairmansStatementId,
        s.RussianTitleOf(s.Frozen ?? s.Latest),
        s.SourceVersion is { } from && s.InPlaceOfId is { } failed ? new ChairmansSource(failed, from, s.SourceParagraphs) : null);
}

public sealed record StatementSummary(Guid Id, Guid MeetingId, StatementKind Kind, string Title, StatementStatus Status, int LatestVersion, string? Slug,
    string? TitleRu = null)
{
    public static StatementSummary From(Statement s) => new(s.Id, s.MeetingId, s.Kind, s.Title, s.Status, s.LatestVersion, s.Slug,
        s.RussianTitleOf(s.Frozen ?? s.Latest));
}

/// <summary>A statement in a list; <c>titleRu</c> is the Russian title its drafter gave (null when none was given).</summary>
public sealed record StatementListItem(Guid Id, Guid MeetingId, string MeetingTitle, StatementKind Kind, string Title, StatementStatus Status, string? Slug,
    DateTime CreatedUtc, string? TitleRu = null);

public sealed record StatementListPage(int Page, int PageSize, int Total, IReadOnlyList<StatementListItem> Items);

public sealed record AmendmentResponse(Guid Id, Guid StatementId, int AgainstVersion, string Party, string? English, string? Russian, string Explanation,
    AmendmentStatus Status, string? Reason, int? ResultingVersion, DateTime ProposedUtc, DateTime? ResolvedUtc, long Version = 0, Guid? ParagraphId = null,
    Bracket? Span = null) : IVersioned
{
    EntityTagHeaderValue IVersioned.ETag => EntityTags.For(Version);

    public static AmendmentResponse From(Amendment a) => new(a.Id, a.StatementId, a.AgainstVersion, a.Party, a.English, a.Russian, a.Explanation, a.Status,
        a.Reason, a.ResultingVersion, a.ProposedUtc, a.ResolvedUtc, a.Version, a.ParagraphId, a.Span);
}

public sealed record DiffLine(string Change, int? Line, string Text);

public sealed record LanguageDiff(string Language, int Inserted, int Deleted, IReadOnlyList<DiffLine> Lines);

public sealed record DiffResponse(Guid StatementId, int From, int To, IReadOnlyList<LanguageDiff> Languages);

public sealed record CommitmentResponse(Guid Id, Guid StatementId, string What, IReadOnlyList<string> Parties, DateTime DueUtc, string Status,
    string? Evidence, DateTime? DoneUtc, bool DeliveredLate, DateTime UpdatedUtc, IReadOnlyList<CommitmentUpdate> Updates, string? WhatRu)
{
    public static CommitmentResponse From(Commitment c) => new(c.Id, c.StatementId, c.What, c.Parties, c.DueUtc, c.Status, c.Evidence, c.DoneUtc,
        c.DeliveredLate, c.UpdatedUtc, c.Updates, c.WhatRu);
}
