namespace SummitCoordination.Web.Services;

// What Statements answers the working pages (drafts, versions, amendments, commitments, instruments), as StatementsClient reads it.

public sealed record VersionSummaryView(int Number, DateTime CreatedUtc, string Author, Guid? AmendmentId);

public sealed record VersionView(int Number, string English, string EnglishHtml, string? Russian, string? RussianHtml, DateTime CreatedUtc, string Author, Guid? AmendmentId);

public sealed record AdoptionView(int Version, string ContentHash, IReadOnlyList<string> Signatories, Guid MeetingId, DateTime AdoptedUtc);

public sealed record StatementView(Guid Id, Guid MeetingId, StatementKind Kind, string Title, Guid? ItemId, StatementStatus Status, IReadOnlyList<VersionSummaryView> Versions,
    VersionView Current, AdoptionView? Adoption, DateTime? EmbargoUtc, DateTime? PublishedUtc, string? Slug, string? TitleRu = null,
    bool MayIssueChairmansStatement = false, Guid? ChairmansStatementId = null)
{
    public int Latest => Versions.Count == 0 ? 0 : Versions.Max(v => v.Number);

    /// <summary>The title in the reader's language: on a Russian page the Russian title (given, or the Russian text's own heading) when there is one.</summary>
    public string Shown => Display.StatementTitle(Title, TitleRu);
}

public sealed record StatementSummaryView(Guid Id, Guid MeetingId, StatementKind Kind, string Title, StatementStatus Status, int LatestVersion, string? Slug, string? TitleRu = null)
{
    /// <summary>The title in the reader's language (the Russian title on a Russian page when there is one).</summary>
    public string Shown => Display.StatementTitle(Title, TitleRu);
}

public sealed record AmendmentView(Guid Id, int AgainstVersion, string Party, string? English, string? Russian, string Explanation, AmendmentStatus Status, string? Reason,
    int? ResultingVersion, DateTime ProposedUtc);

public sealed record DiffLineView(string Change, int? Line, string Text);

public sealed record LanguageDiffView(string Language, int Inserted, int Deleted, IReadOnlyList<DiffLineView> Lines);

public sealed record DiffView(int From, int To, IReadOnlyList<LanguageDiffView> Languages);

public sealed record PreviewView(string EnglishHtml, string? RussianHtml);

public sealed record CommitmentView(Guid Id, string What, IReadOnlyList<string> Parties, DateTime DueUtc, string Status, string? Evidence, bool DeliveredLate,
    string? WhatRu = null)
{
    /// <summary>In the reader's language: the Russian text on a Russian page when there is one.</summary>
    public string WhatShown => Display.Pick(What, WhatRu);
}

public sealed record InstrumentLineView(string Party, DateOnly? SignedOn, DateOnly? RatifiedOn, DateOnly? InForceOn, bool InForce);

public sealed record InstrumentView(Guid Id, Guid MeetingId, Guid? StatementId, InstrumentKind Kind, string Title, InstrumentStatus Status, DateOnly? InForceOn, int Needed, int DaysAfter,
    IReadOnlyList<InstrumentLineView> Parties, string? TitleRu = null)
{
    /// <summary>The title in the reader's language where the instrument has one (Russian), else its English title.</summary>
    public string TitleShown => Display.Pick(Title, TitleRu);
}

// Issue 22: a text negotiated paragraph by paragraph (GET /api/statements/{id}/paragraphs and what goes with it).

/// <summary>Square brackets: around the whole paragraph (no language) or a span of one language's text.</summary>
public sealed record BracketView(TextLanguage? Language, int Start, int Length, string? Text)
{
    public bool IsWhole => Language is null;
}

public sealed record OptionView(Guid Id, string Label, string? English, string? Russian, IReadOnlyList<string> Sponsors);

public sealed record AdReferendumView(string Party, DateTime ConfirmByUtc, DateTime? ConfirmedUtc, DateTime? LapsedUtc);

/// <summary>A state's reservation; its note only when the caller may read it (its own state, the secretariat).</summary>
public sealed record ReservationView(string Party, string? Note, DateTime AtUtc);

public sealed record ParagraphView(Guid Id, int Position, ParagraphPart Part, string Number, string? WasNumber, string Label, string? English, string? EnglishHtml,
    string? Russian, string? RussianHtml, bool TranslationPending, ParagraphStatus Status, BracketView? Bracket, IReadOnlyList<OptionView> Options,
    AdReferendumView? AdReferendum, IReadOnlyList<ReservationView> Reservations, IReadOnlyList<ParagraphBlockReason> Blocks)
{
    /// <summary>Open: it keeps the text from the decision (a bracket, an open option, a capital not yet heard, a language missing).</summary>
    public bool IsOpen => Blocks.Count > 0;
}

public sealed record ParagraphsView(Guid StatementId, int Version, int LatestVersion, bool Clean, IReadOnlyList<ParagraphBlock> Blocking, int OpenBrackets,
    IReadOnlyList<ParagraphView> Paragraphs);

public sealed record ParagraphHistoryView(Guid ParagraphId, string Number, int Version, ParagraphEventKind Kind, string? Party, string? Detail, string Actor, DateTime AtUtc);

public sealed record ParagraphTextView(Guid Id, int Position, ParagraphPart Part, string Number, string? WasNumber, string Label, string? English, string? Russian,
    bool TranslationPending);

/// <summary>A chairman's statement pre-filled with the agreed paragraphs of a failed text's version, and those left out with why.</summary>
public sealed record ChairmansDraftView(Guid FailedStatementId, int FromVersion, string Title, string English, string? Russian, IReadOnlyList<ParagraphTextView> Paragraphs,
    IReadOnlyList<ParagraphBlock> LeftOut);

/// <summary>A statement's text in one of the five states' languages, as Statements keeps it beside the versions.</summary>
public sealed record StatementTextView(string Language, string Title, string Markdown, string Html, DateTime UpdatedUtc, string UpdatedBy);

/// <summary>A statement's texts beyond English and Russian, and the languages whose texts are authentic.</summary>
public sealed record StatementTextsView(IReadOnlyList<string> Authentic, IReadOnlyList<StatementTextView> Texts);
