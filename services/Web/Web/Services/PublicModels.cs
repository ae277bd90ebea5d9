namespace SummitCoordination.Web.Services;

// What the services' public and reference endpoints answer, typed by hand after their OpenAPI documents.
public sealed record PublicLinks(string Json, string Html, string? HtmlRussian, string? Pdf = null);

public sealed record StatementSummary(string Slug, string Title, StatementKind Kind, bool Consensus, int Year, string Format, string? Partner, string City,
    IReadOnlyList<string> Signatories, IReadOnlyList<string> Languages, DateTime PublishedUtc, PublicLinks Links, string? TitleRu = null,
    IReadOnlyDictionary<string, string>? Titles = null)
{
    /// <summary>The title in the reader's language (<see cref="Display.StatementTitle"/>).</summary>
    public string TitleShown => Display.StatementTitle(Title, TitleRu, Titles);
}

public sealed record StatementPage(int Page, int PageSize, int Total, IReadOnlyList<StatementSummary> Items);

public sealed record StatementMeeting(string Title, string Format, string? Partner, string HostParty, string City, DateTime StartUtc);

public sealed record StatementText(string Markdown, string Html);

public sealed record Commitment(Guid Id, string What, IReadOnlyList<string> Parties, DateTime DueUtc, string Status, string? Evidence, DateTime? DoneUtc,
    bool DeliveredLate, DateTime UpdatedUtc, string? WhatRu = null)
{
    /// <summary>What is committed, in the reader's language; a Russian reader of a commitment recorded in English only reads the English.</summary>
    public string WhatShown => Display.Pick(What, WhatRu);

    /// <summary>Whether <see cref="WhatShown"/> is in English on a page in another language (the page says so).</summary>
    public bool WhatInEnglishOnly => !Display.IsEnglish && string.IsNullOrWhiteSpace(WhatRu);
}

public sealed record Statement(string Slug, string Title, StatementKind Kind, bool Consensus, string? IssuedBy, IReadOnlyList<string> Signatories,
    StatementMeeting Meeting, int Year, int Version, string ContentHash, DateTime AdoptedUtc, DateTime PublishedUtc,
    IReadOnlyDictionary<string, StatementText> Texts, string? Corrects, IReadOnlyList<string> CorrectedBy, IReadOnlyList<Commitment> Commitments,
    PublicLinks Links, string? TitleRu = null, IReadOnlyList<string>? Authentic = null, IReadOnlyDictionary<string, string>? Titles = null,
    string? Symbol = null)
{
    /// <summary>The title in the reader's language (<see cref="Display.StatementTitle"/>).</summary>
    public string TitleShown => Display.StatementTitle(Title, TitleRu, Titles);

    /// <summary>The languages whose texts are authentic: English and Russian unless the statement names others.</summary>
    public IReadOnlyList<string> AuthenticLanguages => Authentic is { Count: > 0 } named ? named : ["en", "ru"];
}

public sealed record PartyCommitment(Commitment Commitment, string StatementSlug, string StatementTitle, string? StatementTitleRu = null,
    IReadOnlyDictionary<string, string>? StatementTitles = null);

public sealed record CommitmentsReport(string? Party, int Total, int Done, int Overdue, int InProgress, int NotStarted, IReadOnlyList<PartyCommitment> Commitments);

public sealed record Party(string Code, PartyKind Kind, string NameEn, string NameRu, string TimeZone);

public sealed record CalendarEntry(Guid Id, string Title, string Body, string? BodyRu, Layer Layer, Track Track, string Format, string? Partner, string HostParty,
    string City, DateTime StartUtc, DateTime EndUtc, string TimeZone, MeetingStatus Status)
{
    /// <summary>The body's name in the reader's language (English where it has no Russian name).</summary>
    public string BodyName => Display.BodyName(Body, BodyRu);
}

/// <summary>The search an observer makes on the statements page; empty fields do not narrow it.</summary>
public sealed record StatementSearch(string? Q = null, int? Year = null, string? Format = null, string? Partner = null, string? Party = null,
    string? Kind = null, string? Language = null, int Page = 1, int PageSize = 20, Guid? MeetingId = null)
{
    public string ToQueryString(int? page = null)
    {
        var pairs = new List<KeyValuePair<string, string?>>
        {
            new("q", Q), new("year", Year?.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("format", Format), new("partner", Partner),
            new("party", Party), new("kind", Kind), new("language", Language), new("meetingId", MeetingId?.ToString()),
        };
        var number = page ?? Page;
        if (number > 1)
        {
            pairs.Add(new("page", number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return Microsoft.AspNetCore.Http.QueryString.Create(pairs.Where(p => !string.IsNullOrWhiteSpace(p.Value))).Value ?? "";
    }
}

public sealed record InstrumentParty(string Party, DateOnly? SignedOn, DateOnly? RatifiedOn, DateOnly? InForceOn, bool InForce);

public sealed record Instrument(Guid Id, Guid MeetingId, Guid? StatementId, InstrumentKind Kind, string Title, string? TitleRu, DateOnly OpenedOn, EntryIntoForceRule Rule, int Needed,
    int DaysAfter, InstrumentStatus Status, DateOnly? InForceOn, int Signatures, int Ratifications, IReadOnlyList<InstrumentParty> Parties)
{
    /// <summary>The title in the reader's language (English where it has no Russian one).</summary>
    public string TitleShown => Display.Pick(Title, TitleRu);
}

public sealed record DevToken(string AccessToken, string TokenType, DateTime ExpiresUtc);
