namespace SummitCoordination.Statements.Publication;

/// <summary>
/// The read model observers are served from: one row per published statement, written in the same transaction as
/// the publication, holding only what is public (the frozen text, never a draft, an amendment or a position).
/// </summary>
public sealed class PublishedStatement
{
    public Guid Id { get; set; }
    public string Slug { get; set; } = "";
    public string Kind { get; set; } = "";
    public bool Consensus { get; set; }
    public string Title { get; set; } = "";

    /// <summary>The title a Russian reader reads: the Russian title given, else the frozen Russian text's own title; none without either.</summary>
    public string? TitleRu { get; set; }

    public Guid MeetingId { get; set; }
    public string MeetingTitle { get; set; } = "";
    public string Format { get; set; } = "";
    public string? Partner { get; set; }
    public string HostParty { get; set; } = "";
    public string City { get; set; } = "";
    public DateTime MeetingStartUtc { get; set; }
    public int Year { get; set; }

    /// <summary>Signatory codes between bars (<c>|KAZ|KGZ|</c>) so one LIKE finds a party; <see cref="SignatoryList"/> in order.</summary>
    public string Signatories { get; set; } = "";
    public List<string> SignatoryList { get; set; } = [];
    public string English { get; set; } = "";
    public string EnglishHtml { get; set; } = "";
    public string? Russian { get; set; }
    public string? RussianHtml { get; set; }
    public bool HasRussian { get; set; }
    public int Version { get; set; }
    public string ContentHash { get; set; } = "";
    public DateTime AdoptedUtc { get; set; }
    public DateTime PublishedUtc { get; set; }

    /// <summary>Last change of anything public about it (a corrigendum linked, a commitment's status): drives ETag and Last-Modified.</summary>
    public DateTime UpdatedUtc { get; set; }
    public Guid? CorrectsId { get; set; }
    public string? CorrectsSlug { get; set; }
    public List<string> CorrectedBy { get; set; } = [];

    /// <summary>Its symbol in the document register (<c>C5/CMHS/2027/ST.1</c>); null for texts published before the register.</summary>
    public string? Symbol { get; set; }

    /// <summary>The languages it has beyond English and Russian, between bars (<c>|kk|uz|</c>), so one LIKE finds a language.</summary>
    public string OtherLanguages { get; set; } = "";

    /// <summary>The languages it names authentic; none: English and Russian.</summary>
    public List<string> AuthenticLanguages { get; set; } = [];

    /// <summary>Titles and texts of every language it has, lower-cased, for word search.</summary>
    public string SearchText { get; set; } = "";

    public static string Bars(IEnumerable<string> codes) => "|" + string.Join("|", codes) + "|";
}
