namespace SummitCoordination.Statements.Register;

/// <summary>
/// A paper of a meeting in the register (DOMAIN.md, Documents): one symbol for all its language versions, a title in
/// English and Russian, a kind, its meeting and agenda item, a distribution level and an optional derestriction date,
/// and its files per language with versions (<see cref="DocumentFile"/>). A revision (<c>/Rev.n</c>) is a new document
/// that supersedes the one before; a corrigendum or addendum is a new document attached to the one it corrects or adds to.
/// </summary>
public sealed class RegisteredDocument : Aggregate
{
    /// <summary>The most characters of titles, symbol and text kept for search (a text beyond that is searched by its beginning).</summary>
    public const int MaxSearchText = 400_000;

    public Guid Id { get; private set; }
    public string Symbol { get; private set; } = "";

    /// <summary>The symbol without any suffix: all revisions, corrigenda and addenda of one paper share it.</summary>
    public string BaseSymbol { get; private set; } = "";
    public string Series { get; private set; } = "";
    public int Number { get; private set; }
    public int Year { get; private set; }
    public SymbolSuffix Suffix { get; private set; }
    public int SuffixNumber { get; private set; }

    /// <summary>The document this one revises, corrects or adds to.</summary>
    public Guid? ParentId { get; private set; }

    /// <summary>The revision that replaced this one, if any.</summary>
    public Guid? SupersededById { get; private set; }
    public string? SupersededBySymbol { get; private set; }
    public DocumentKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public string? TitleRu { get; private set; }
    public Guid MeetingId { get; private set; }
    public Guid? BodyId { get; private set; }
    public string BodyName { get; private set; } = "";
    public Guid? ItemId { get; private set; }
    public string? ItemTitle { get; private set; }

    /// <summary>A joint statement's registration: the statement it names.</summary>
    public Guid? StatementId { get; private set; }
    public DistributionLevel Level { get; private set; }

    /// <summary>The named recipients of a Restricted document (party codes).</summary>
    public List<string> Recipients { get; private set; } = [];

    /// <summary>The recipients between bars (<c>|KAZ|UZB|</c>) for the query of what a party may read.</summary>
    public string RecipientCodes { get; private set; } = "";
    public DateOnly DocumentDate { get; private set; }
    public DateOnly? DerestrictOn { get; private set; }
    public DateTime? DerestrictedUtc { get; private set; }
    public DateTime CreatedUtc { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTime UpdatedUtc { get; private set; }

    /// <summary>Symbol, titles and the text of the latest file per language, lower case: what full-text search reads.</summary>
    public string SearchText { get; private set; } = "";

    /// <summary>The text of a document registered without a file (a published statement's adopted text), for search.</summary>
    public string? Text { get; private set; }

    public List<DocumentFile> Files { get; private set; } = [];

    private RegisteredDocument()
    {
    }

    /// <summary>When the derestriction job fires: the start (UTC) of the derestriction date.</summary>
    public DateTime? DerestrictAtUtc => DerestrictOn?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    public static RegisteredDocument Register(DocumentNaming naming, DocumentDetails details, DateTime nowUtc, string actor, Guid? statementId = null,
        string? text = null)
    {
        var document = new RegisteredDocument
        {
            Id = Guid.NewGuid(),
            Symbol = SymbolPattern.WithSuffix(naming.Stem ?? naming.BaseSymbol, naming.Suffix, naming.SuffixNumber),
            BaseSymbol = naming.BaseSymbol,
            Series = naming.Series,
            Number = naming.Number,
            Year = naming.Year,
            Suffix = naming.Suffix,
            SuffixNumber = naming.SuffixNumber,
            ParentId = naming.ParentId,
            MeetingId = naming.MeetingId,
            BodyId = naming.BodyId,
            BodyName = naming.BodyName,
            StatementId = statementId,
            Text = text is null ? null : text.Length > DocumentFile.MaxText ? text[..DocumentFile.MaxText] : text,
            CreatedUtc = nowUtc,
            CreatedBy = actor,
        };
        document.Describe(details, nowUtc);
        return document;
    }

    /// <summary>Sets what the secretariat may edit: titles, kind, item, level, recipients, dates. Refuses a derestriction date before the document's date.</summary>
    public void Describe(DocumentDetails details, DateTime nowUtc)
    {
        var recipients = details.Level == DistributionLevel.Restricted
            ? (details.Recipients ?? []).Select(r => r.Trim().ToUpperInvariant()).Where(r => r.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList()
            : [];
        if (details.Level == DistributionLevel.Restricted && recipients.Count == 0)
        {
            throw DomainException.InvalidField("recipients", "A Restricted document names at least one recipient.");
        }

        if (details.DerestrictOn is { } on)
        {
            if (details.Level == DistributionLevel.General)
            {
                throw DomainException.InvalidField("derestrictOn", "A General document is public already: it has no derestriction date.");
            }

            if (on < details.DocumentDate)
            {
                throw new DomainException(DomainErrorKind.Invalid, "document.derestriction-before-date",
                    $"The derestriction date ({on:yyyy-MM-dd}) is before the document's date ({details.DocumentDate:yyyy-MM-dd}).",
                    new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["derestrictOn"] = ["Not before the document's date."] } });
            }
        }

        Kind = details.Kind;
        Title = details.Title.Trim();
        TitleRu = string.IsNullOrWhiteSpace(details.TitleRu) ? null : details.TitleRu.Trim();
        ItemId = details.ItemId;
        ItemTitle = string.IsNullOrWhiteSpace(details.ItemTitle) ? null : details.ItemTitle.Trim();
        Level = details.Level;
        Recipients = recipients;
        RecipientCodes = recipients.Count == 0 ? "" : "|" + string.Join("|", recipients) + "|";
        DocumentDate = details.DocumentDate;
        DerestrictOn = details.DerestrictOn;
        UpdatedUtc = nowUtc;
        Reindex();
    }

    /// <summary>At its derestriction date a Limited or Restricted document becomes General. Returns whether anything changed.</summary>
    public bool DerestrictIfDue(DateTime nowUtc)
    {
        if (Level == DistributionLevel.General || DerestrictAtUtc is not { } at || nowUtc < at)
        {
            return false;
        }

        Level = DistributionLevel.General;
        Recipients = [];
        RecipientCodes = "";
        DerestrictedUtc = nowUtc;
        UpdatedUtc = nowUtc;
        return true;
    }

    /// <summary>A revision replaced this document.</summary>
    public void SupersededBy(RegisteredDocument revision, DateTime nowUtc)
    {
        SupersededById = revision.Id;
        SupersededBySymbol = revision.Symbol;
        UpdatedUtc = nowUtc;
    }

    /// <summary>Adds a file: the next version of its language.</summary>
    public DocumentFile AddFile(StoredUpload upload, string language, string fileName, string? text, DateTime nowUtc, string actor)
    {
        var version = Files.Where(f => f.Language == language).Select(f => f.Version).DefaultIfEmpty(0).Max() + 1;
        var file = DocumentFile.Make(Id, language, version, fileName, upload, text, nowUtc, actor);
        Files.Add(file);
        UpdatedUtc = nowUtc;
        Reindex();
        return file;
    }

    /// <summary>The latest file of each language.</summary>
    public IEnumerable<DocumentFile> Current => Files.GroupBy(f => f.Language).Select(g => g.MaxBy(f => f.Version)!).OrderBy(f => f.Language, StringComparer.Ordinal);

    private void Reindex()
    {
        var text = SearchTerms.Normalize(string.Join(" ", new[] { Symbol, Title, TitleRu ?? "", BodyName, Text ?? "" }.Concat(Current.Select(f => f.Text ?? ""))));
        SearchText = text.Length > MaxSearchText ? text[..MaxSearchText] : text;
    }
}

/// <summary>Where a new document sits in its body's numbering (worked out by <see cref="DocumentNumbering"/>).</summary>
public sealed record DocumentNaming(Guid MeetingId, Guid? BodyId, string BodyName, string BaseSymbol, string Series, int Number, int Year,
    SymbolSuffix Suffix = SymbolSuffix.None, int SuffixNumber = 0, Guid? ParentId = null, string? Stem = null);

/// <summary>What the secretariat says of a document.</summary>
public sealed record DocumentDetails(DocumentKind Kind, string Title, string? TitleRu, Guid? ItemId, string? ItemTitle, DistributionLevel Level,
    IReadOnlyList<string>? Recipients, DateOnly DocumentDate, DateOnly? DerestrictOn);
