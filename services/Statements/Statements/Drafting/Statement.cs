namespace SummitCoordination.Statements.Drafting;

/// <summary>
/// One kept text of a statement: English always, Russian usually, both Markdown, rendered to sanitized HTML; and the
/// same text as its numbered paragraphs, both languages side by side (issue 22). A whole-text version is split into
/// paragraphs; a version made paragraph by paragraph has its whole text joined from them.
/// </summary>
public sealed class StatementVersion
{
    public int Number { get; private set; }
    public string English { get; private set; } = "";
    public string EnglishHtml { get; private set; } = "";
    public string? Russian { get; private set; }
    public string? RussianHtml { get; private set; }
    public DateTime CreatedUtc { get; private set; }
    public string Author { get; private set; } = "";
    public Guid? AmendmentId { get; private set; }
    public List<Paragraph> Paragraphs { get; private set; } = [];

    private StatementVersion()
    {
    }

    /// <summary>A whole text, split into paragraphs whose ids follow those of <paramref name="previous"/> (<see cref="Paragraph.Split"/>).</summary>
    public StatementVersion(int number, string english, string? russian, DateTime createdUtc, string author, Guid? amendmentId, IReadOnlyList<Paragraph> previous)
        : this(number, english, russian, createdUtc, author, amendmentId) =>
        Paragraphs = Paragraph.Numbered(Paragraph.Split(english, russian, previous), previous);

    /// <summary>A text made paragraph by paragraph: its whole English and Russian are the paragraphs joined.</summary>
    public StatementVersion(int number, IReadOnlyList<ParagraphDraft> paragraphs, DateTime createdUtc, string author, Guid? amendmentId, IReadOnlyList<Paragraph> previous)
        : this(number, Join(paragraphs, TextLanguage.English) ?? "", Join(paragraphs, TextLanguage.Russian), createdUtc, author, amendmentId) =>
        Paragraphs = Paragraph.Numbered(paragraphs, previous);

    private static string? Join(IReadOnlyList<ParagraphDraft> paragraphs, TextLanguage language) =>
        Paragraph.Join(Paragraph.Numbered(paragraphs, []), language);

    private StatementVersion(int number, string english, string? russian, DateTime createdUtc, string author, Guid? amendmentId)
    {
        Number = number;
        English = english;
        EnglishHtml = StatementText.ToHtml(english);
        Russian = string.IsNullOrWhiteSpace(russian) ? null : russian;
        RussianHtml = Russian is null ? null : StatementText.ToHtml(Russian);
        CreatedUtc = createdUtc;
        Author = author;
        AmendmentId = amendmentId;
    }

    public string? Text(string language) => language == "ru" ? Russian : English;

    /// <summary>
    /// A version kept from before paragraphs (issue 22's migration): split into paragraphs once, its whole text left as
    /// it was (so its content hash does not move). Returns whether it was split now.
    /// </summary>
    public bool SplitIfWhole(IReadOnlyList<Paragraph> previous)
    {
        if (Paragraphs.Count > 0)
        {
            return false;
        }

        Paragraphs = Paragraph.Numbered(Paragraph.Split(English, Russian, previous), previous);
        return true;
    }

    public Paragraph ParagraphOf(Guid id) =>
        Paragraphs.SingleOrDefault(p => p.Id == id)
        ?? throw new DomainException(DomainErrorKind.NotFound, "paragraph.not-found", $"Version {Number} has no paragraph {id}.");
}

/// <summary>
/// A statement from first draft to publication (DOMAIN.md, Statements). Every version is kept; adoption freezes one
/// (content hash, signatories, meeting) and nothing changes it after that; publication makes it public, for good.
/// </summary>
public sealed partial class Statement : Aggregate
{
    public Guid Id { get; private set; }
    public Guid MeetingId { get; private set; }
    public StatementKind Kind { get; private set; }
    public string Title { get; private set; } = "";

    /// <summary>
    /// The Russian title as the drafter gave it (issue 19, point 13); none when the drafter left it out, and the Russian
    /// text's own first heading stands for it then (<see cref="RussianTitleOf"/>).
    /// </summary>
    public string? TitleRu { get; private set; }

    public Guid? ItemId { get; private set; }
    public StatementStatus Status { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedUtc { get; private set; }
    public List<StatementVersion> Versions { get; private set; } = [];

    /// <summary>The statement this one corrects (a corrigendum), or, for a chairman's statement, the draft that failed.</summary>
    public Guid? CorrectsId { get; private set; }
    public Guid? InPlaceOfId { get; private set; }

    /// <summary>When its item was blocked (at <see cref="BlockedAtMeetingId"/>) or its meeting concluded without adopting it.</summary>
    public DateTime? BlockedUtc { get; private set; }
    public Guid? BlockedAtMeetingId { get; private set; }
    public DateTime? NotAdoptedUtc { get; private set; }
    public Guid? ChairmansStatementId { get; private set; }

    public int? AdoptedVersion { get; private set; }
    public string? ContentHash { get; private set; }
    public List<string> Signatories { get; private set; } = [];
    public DateTime? AdoptedUtc { get; private set; }
    public DateTime? EmbargoUtc { get; private set; }
    public DateTime? PublishedUtc { get; private set; }
    public string? Slug { get; private set; }

    private Statement()
    {
    }

    public int LatestVersion => Versions.Count == 0 ? 0 : Versions.Max(v => v.Number);

    public StatementVersion VersionAt(int number) =>
        Versions.SingleOrDefault(v => v.Number == number)
        ?? throw new DomainException(DomainErrorKind.NotFound, "statement.no-such-version", $"The statement has no version {number}.");

    public StatementVersion Latest => VersionAt(LatestVersion);

    /// <summary>
    /// The title a Russian reader reads for a version: the Russian title given, else the Russian text's own title (its
    /// first line when that is a "# " heading, as drafts were titled before the form asked), else none.
    /// </summary>
    public string? RussianTitleOf(StatementVersion version) => TitleRu ?? HeadingOf(version.Russian);

    /// <summary>A Markdown text's title: its first non-empty line when that is a level-one heading ("# …").</summary>
    public static string? HeadingOf(string? markdown) =>
        markdown?.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) is { } first && first.StartsWith("# ", StringComparison.Ordinal)
            && first[2..].Trim() is { Length: > 0 } heading
            ? heading
            : null;

    /// <summary>The version observers may read: the frozen one, once adopted.</summary>
    public StatementVersion? Frozen => AdoptedVersion is { } n ? VersionAt(n) : null;

    public bool MayIssueChairmansStatement => Status == StatementStatus.Drafting && ChairmansStatementId is null && (BlockedUtc is not null || NotAdoptedUtc is not null);

    public static Statement Draft(Guid meetingId, StatementKind kind, string title, string english, string? russian, Guid? itemId, Guid? correctsId,
        DateTime nowUtc, string actor, string? titleRu = null)
    {
        if (kind == StatementKind.ChairmansStatement)
        {
            throw new DomainException(DomainErrorKind.Invalid, "statement.chairmans-statement-not-drafted",
                "A chairman's statement is issued by the chair when no joint text is agreed (POST /api/statements/{id}/chairmans-statement), not drafted.");
        }

        var statement = new Statement
        {
            Id = Guid.NewGuid(),
            MeetingId = meetingId,
            Kind = kind,
            Title = title,
            TitleRu = string.IsNullOrWhiteSpace(titleRu) ? null : titleRu.Trim(),
            ItemId = itemId,
            CorrectsId = correctsId,
            Status = StatementStatus.Drafting,
            CreatedBy = actor,
            CreatedUtc = nowUtc,
        };
        statement.Versions.Add(new StatementVersion(1, english, russian, nowUtc, actor, null, []));
        return statement;
    }

    /// <summary>Issued by the chair alone: adopted on issue, the chair its only signatory, never a consensus text.</summary>
    public static Statement IssueChairmans(Statement failed, Guid meetingId, string chair, string title, string english, string? russian, DateTime nowUtc, string actor,
        string? titleRu = null)
    {
        if (!failed.MayIssueChairmansStatement)
        {
            throw new DomainException(DomainErrorKind.Conflict, "statement.no-chairmans-statement",
                failed.ChairmansStatementId is not null
                    ? "A chairman's statement has already been issued in place of this draft."
                    : $"A chairman's statement is issued only when the joint text's item was blocked or its meeting concluded without adopting it; this one is {failed.Status}.");
        }

        var statement = new Statement
        {
            Id = Guid.NewGuid(),
            MeetingId = meetingId,
            Kind = StatementKind.ChairmansStatement,
            Title = title,
            TitleRu = string.IsNullOrWhiteSpace(titleRu) ? null : titleRu.Trim(),
            InPlaceOfId = failed.Id,
            Status = StatementStatus.Drafting,
            CreatedBy = actor,
            CreatedUtc = nowUtc,
        };
        statement.Versions.Add(new StatementVersion(1, english, russian, nowUtc, actor, null, []));
        statement.Adopt(1, [chair], meetingId, nowUtc);
        failed.ChairmansStatementId = statement.Id;
        return statement;
    }

    public StatementVersion Revise(int basedOn, string english, string? russian, Guid? amendmentId, DateTime nowUtc, string actor)
    {
        RequireLatest(basedOn);
        var version = new StatementVersion(LatestVersion + 1, english, russian, nowUtc, actor, amendmentId, Latest.Paragraphs);
        AddVersion(version, nowUtc, actor);
        return version;
    }

    private void RequireLatest(int basedOn)
    {
        RequireDrafting("revise");
        if (basedOn != LatestVersion)
        {
            throw new DomainException(DomainErrorKind.Conflict, "statement.stale-version",
                $"The change is against version {basedOn}, but the text is now at version {LatestVersion}; it must be made against the latest.",
                new Dictionary<string, object?> { ["latestVersion"] = LatestVersion });
        }
    }

    public void LinkItem(Guid itemId)
    {
        if (ItemId is null && Status == StatementStatus.Drafting)
        {
            ItemId = itemId;
        }
    }

    public bool Adopt(int version, IReadOnlyList<string> signatories, Guid meetingId, DateTime nowUtc)
    {
        if (Status != StatementStatus.Drafting)
        {
            return false;
        }

        var frozen = VersionAt(version);
        AdoptedVersion = frozen.Number;
        ContentHash = StatementText.ContentHash(frozen.English, frozen.Russian);
        Signatories = signatories.Order(StringComparer.Ordinal).ToList();
        MeetingId = meetingId;
        AdoptedUtc = nowUtc;
        Status = StatementStatus.Adopted;
        return true;
    }

    public void Blocked(Guid meetingId, DateTime atUtc)
    {
        if (Status == StatementStatus.Drafting)
        {
            BlockedUtc = atUtc;
            BlockedAtMeetingId = meetingId;
        }
    }

    public void MeetingConcludedWithoutAdoption(DateTime atUtc)
    {
        if (Status == StatementStatus.Drafting)
        {
            NotAdoptedUtc ??= atUtc;
        }
    }

    /// <summary>
    /// The languages whose texts are authentic (issue 24): none named means English and Russian. Named while drafting only:
    /// what is authentic is part of what the meeting adopts.
    /// </summary>
    public List<string> AuthenticLanguages { get; private set; } = [];

    public void NameAuthenticLanguages(IReadOnlyList<string> languages)
    {
        if (AdoptedVersion is not null)
        {
            throw new DomainException(DomainErrorKind.Conflict, "statement.authentic-adopted",
                "The statement was adopted: its authentic languages were adopted with it.");
        }

        AuthenticLanguages = [.. languages];
    }

    public void SetEmbargo(DateTime releaseUtc)
    {
        if (Status == StatementStatus.Published)
        {
            throw new DomainException(DomainErrorKind.Conflict, "statement.published", "The statement is already public; its release time is past.");
        }

        EmbargoUtc = releaseUtc;
    }

    public void Published(string slug, DateTime nowUtc)
    {
        Slug = slug;
        PublishedUtc = nowUtc;
        Status = StatementStatus.Published;
    }

    public void RequireDrafting(string action)
    {
        if (Status != StatementStatus.Drafting)
        {
            throw new DomainException(DomainErrorKind.Conflict, "statement.frozen",
                $"Cannot {action} a statement that is {Status}: the adopted text is frozen.",
                new Dictionary<string, object?> { ["currentStatus"] = Status.ToString() });
        }
    }
}
