namespace SummitCoordination.Statements.Public;

public sealed record PublicMeeting(string Title, string Format, string? Partner, string HostParty, string City, DateTime StartUtc);

public sealed record PublicText(string Markdown, string Html);

/// <summary>Where else the statement is: its JSON, its page (in Russian when it has a Russian text), and its official text as a PDF.</summary>
public sealed record PublicLinks(string Json, string Html, string? HtmlRussian, string Pdf);

/// <summary>
/// A published statement in a list; <c>titleRu</c> is its title in Russian (null when it has none), <c>titles</c> its titles
/// in the other languages it has (kk, ky, tg, tk, uz), <c>languages</c> every language it has a text in.
/// </summary>
public sealed record PublicStatementSummary(string Slug, string Title, string Kind, bool Consensus, int Year, string Format, string? Partner, string City,
    IReadOnlyList<string> Signatories, IReadOnlyList<string> Languages, DateTime PublishedUtc, PublicLinks Links, string? TitleRu = null,
    IReadOnlyDictionary<string, string>? Titles = null);

public sealed record PublicStatementPage(int Page, int PageSize, int Total, IReadOnlyList<PublicStatementSummary> Items);

/// <summary>A commitment as observers read it: <c>what</c> in English, <c>whatRu</c> in Russian when it was recorded in Russian too (else null).</summary>
public sealed record PublicCommitment(Guid Id, string What, IReadOnlyList<string> Parties, DateTime DueUtc, string Status, string? Evidence, DateTime? DoneUtc,
    bool DeliveredLate, DateTime UpdatedUtc, string? WhatRu)
{
    public static PublicCommitment From(Commitment c) => new(c.Id, c.What, c.Parties, c.DueUtc, c.Status, c.Evidence, c.DoneUtc, c.DeliveredLate, c.UpdatedUtc,
        c.WhatRu);
}

/// <summary>One published statement as observers read it: the frozen text only, never a draft, an amendment or a position.</summary>
public sealed record PublicStatement(
    string Slug,
    string Title,
    string Kind,
    bool Consensus,
    string? IssuedBy,
    IReadOnlyList<string> Signatories,
    PublicMeeting Meeting,
    int Year,
    int Version,
    string ContentHash,
    DateTime AdoptedUtc,
    DateTime PublishedUtc,
    IReadOnlyDictionary<string, PublicText> Texts,
    string? Corrects,
    IReadOnlyList<string> CorrectedBy,
    IReadOnlyList<PublicCommitment> Commitments,
    PublicLinks Links,
    string? TitleRu = null,
    IReadOnlyList<string>? Authentic = null,
    IReadOnlyDictionary<string, string>? Titles = null,
    string? Symbol = null)
{
    /// <summary>
    /// The statement with every text it has: English, Russian, and those in the five states' languages (issue 24), keyed
    /// by language; <c>authentic</c> names the languages whose texts are authentic, the others being translations.
    /// </summary>
    public static PublicStatement From(PublishedStatement p, IReadOnlyList<Commitment> commitments, IReadOnlyList<StatementTranslation>? translations = null)
    {
        var texts = new Dictionary<string, PublicText> { ["en"] = new(p.English, p.EnglishHtml) };
        if (p.Russian is not null)
        {
            texts["ru"] = new(p.Russian, p.RussianHtml!);
        }

        foreach (var t in (translations ?? []).OrderBy(t => t.Language, StringComparer.Ordinal))
        {
            texts[t.Language] = new(t.Markdown, t.Html);
        }

        return new(p.Slug, p.Title, p.Kind, p.Consensus, p.Consensus ? null : p.SignatoryList.Single(), p.SignatoryList,
            new PublicMeeting(p.MeetingTitle, p.Format, p.Partner, p.HostParty, p.City, p.MeetingStartUtc), p.Year, p.Version, p.ContentHash,
            p.AdoptedUtc, p.PublishedUtc, texts, p.CorrectsSlug, p.CorrectedBy, commitments.Select(PublicCommitment.From).ToList(), LinksFor(p.Slug, p.HasRussian),
            p.TitleRu, StatementLanguages.Authentic(p.AuthenticLanguages), (translations ?? []).ToDictionary(t => t.Language, t => t.Title),
            p.Symbol);
    }

    public static PublicLinks LinksFor(string slug, bool russian) =>
        new($"/public/statements/{slug}", $"/statements/{slug}", russian ? $"/language/ru?returnUrl=%2Fstatements%2F{slug}" : null, $"/public/statements/{slug}.pdf");
}

/// <summary>
/// A commitment with the statement that made it; <paramref name="StatementTitleRu"/> is the title in Russian where the
/// statement has one, <paramref name="StatementTitles"/> its titles in the five states' languages it has.
/// </summary>
public sealed record PartyCommitment(PublicCommitment Commitment, string StatementSlug, string StatementTitle, string? StatementTitleRu = null,
    IReadOnlyDictionary<string, string>? StatementTitles = null);

public sealed record PartyCommitments(string? Party, int Total, int Done, int Overdue, int InProgress, int NotStarted, IReadOnlyList<PartyCommitment> Commitments);
