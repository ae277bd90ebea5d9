namespace SummitCoordination.Statements.Drafting;

/// <summary>A delegation's proposed change against one version: the text it wants, per language, and why.</summary>
public sealed class Amendment : Aggregate
{
    public Guid Id { get; private set; }
    public Guid StatementId { get; private set; }
    public int AgainstVersion { get; private set; }
    public string Party { get; private set; } = "";
    public string? English { get; private set; }
    public string? Russian { get; private set; }
    public string Explanation { get; private set; } = "";
    public AmendmentStatus Status { get; private set; }
    public string? Reason { get; private set; }
    public int? ResultingVersion { get; private set; }
    public DateTime ProposedUtc { get; private set; }
    public DateTime? ResolvedUtc { get; private set; }
    public string ProposedBy { get; private set; } = "";
    public string? ResolvedBy { get; private set; }

    /// <summary>Issue 22: the paragraph the amendment rewords (none: the whole text), and the span of one language it replaces, if any.</summary>
    public Guid? ParagraphId { get; private set; }
    public Bracket? Span { get; private set; }

    private Amendment()
    {
    }

    public static Amendment Propose(Statement statement, int againstVersion, string party, string? english, string? russian, string explanation,
        DateTime nowUtc, string actor, Guid? paragraphId = null, Func<Paragraph, Bracket>? span = null)
    {
        statement.RequireDrafting("amend");
        var version = statement.VersionAt(againstVersion);
        var paragraph = paragraphId is { } id ? version.ParagraphOf(id) : null;
        return new Amendment
        {
            Id = Guid.NewGuid(),
            StatementId = statement.Id,
            AgainstVersion = againstVersion,
            Party = party,
            English = string.IsNullOrWhiteSpace(english) ? null : english,
            Russian = string.IsNullOrWhiteSpace(russian) ? null : russian,
            Explanation = explanation,
            Status = AmendmentStatus.Proposed,
            ProposedUtc = nowUtc,
            ProposedBy = actor,
            ParagraphId = paragraph?.Id,
            Span = paragraph is not null && span is not null ? span(paragraph) : null,
        };
    }

    /// <summary>Accepting makes a new version: the amended languages replaced, the others kept from the version amended.</summary>
    public StatementVersion Accept(Statement statement, DateTime nowUtc, string actor)
    {
        RequireProposed();
        var against = statement.VersionAt(AgainstVersion);
        var version = ParagraphId is { } paragraphId
            ? statement.ReviseParagraphs(AgainstVersion, against.Paragraphs.Select(p => p.Id == paragraphId ? Reworded(p) : p.ToDraft()).ToList(), Id, nowUtc, actor)
            : statement.Revise(AgainstVersion, English ?? against.English, Russian ?? against.Russian, Id, nowUtc, actor);
        Status = AmendmentStatus.Accepted;
        ResultingVersion = version.Number;
        ResolvedUtc = nowUtc;
        ResolvedBy = actor;
        return version;
    }

    /// <summary>
    /// The paragraph as the amendment would have it: a span replaced in its language, or the languages proposed replaced.
    /// A language changed without the other marks the other "translation pending" (concordance holds adoption until it is done).
    /// </summary>
    private ParagraphDraft Reworded(Paragraph p)
    {
        if (Span is { Language: { } language } span)
        {
            var text = span.Replace(p.Text(language) ?? "", (language == TextLanguage.Russian ? Russian : English) ?? "");
            return p.ToDraft() with
            {
                English = language == TextLanguage.English ? text : p.English,
                Russian = language == TextLanguage.Russian ? text : p.Russian,
                TranslationPending = true,
            };
        }

        var oneLanguage = (English is null) != (Russian is null);
        return p.ToDraft() with { English = English ?? p.English, Russian = Russian ?? p.Russian, TranslationPending = p.TranslationPending || oneLanguage };
    }

    public void Reject(Statement statement, string reason, DateTime nowUtc, string actor)
    {
        RequireProposed();
        statement.RequireDrafting("reject an amendment of");
        Status = AmendmentStatus.Rejected;
        Reason = reason;
        ResolvedUtc = nowUtc;
        ResolvedBy = actor;
    }

    private void RequireProposed()
    {
        if (Status != AmendmentStatus.Proposed)
        {
            throw new DomainException(DomainErrorKind.Conflict, "amendment.resolved", $"The amendment was already {Status}.",
                new Dictionary<string, object?> { ["currentStatus"] = Status.ToString() });
        }
    }
}
