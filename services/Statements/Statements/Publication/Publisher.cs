namespace SummitCoordination.Statements.Publication;

/// <summary>
/// Releases adopted statements at their release time (DOMAIN.md, Publication): at the embargo if the secretariat set
/// one, else when the adopting meeting concludes. Writes the read-model row and <see cref="StatementPublished"/> in
/// the caller's unit of work, so a statement is public exactly when its publication is committed.
/// </summary>
public sealed class Publisher(StatementsDbContext db, [FromKeyedServices(StatementsDbContext.Service)] IDeadlines deadlines)
{
    /// <summary>Publishes now if the release time has come; otherwise makes sure the embargo job is set once the caller's save commits.</summary>
    public async Task ReleaseIfDueAsync(Statement statement, DateTime nowUtc, CancellationToken ct)
    {
        if (statement.Status != StatementStatus.Adopted)
        {
            return;
        }

        if (statement.EmbargoUtc is { } embargo)
        {
            if (embargo <= nowUtc)
            {
                await PublishAsync(statement, nowUtc, ct);
            }
            else
            {
                // After the caller's commit (a crash in between is repaired at start: EmbargoJob.RestoreMissingAsync).
                db.AfterCommit(token => EmbargoJob.SetAsync(deadlines, statement.Id, embargo, token));
            }

            return;
        }

        // Tracked lookup: sees a conclusion recorded in this same unit of work.
        var meeting = await db.Meetings.FindAsync([statement.MeetingId], ct);
        if (meeting?.ConcludedUtc is not null)
        {
            // A text of a meeting recorded as held was released when that meeting closed, not when it was entered.
            await PublishAsync(statement, meeting.Held ? meeting.ConcludedUtc.Value : nowUtc, ct);
        }
    }

    /// <summary>What a search looks in: the titles and texts of every language the statement has, lower-cased.</summary>
    public static string SearchTextOf(string title, string? titleRu, string english, string? russian, IEnumerable<StatementTranslation> translations) =>
        string.Join("\n", new[] { title, titleRu, english, russian }.Concat(translations.OrderBy(t => t.Language, StringComparer.Ordinal).SelectMany(t => new[] { t.Title, t.Markdown })))
            .ToLowerInvariant();

    public async Task PublishAsync(Statement statement, DateTime nowUtc, CancellationToken ct)
    {
        var meeting = await db.Meetings.FindAsync([statement.MeetingId], ct)
            ?? throw new InvalidOperationException($"Statement {statement.Id} names meeting {statement.MeetingId}, which Statements does not know.");
        var frozen = statement.Frozen!;
        var corrected = statement.CorrectsId is { } correctsId ? await db.Published.SingleOrDefaultAsync(p => p.Id == correctsId, ct) : null;
        var year = meeting.StartUtc.Year;
        var slug = await SlugCounter.TakeAsync(db, Slugs.Base(year, meeting.City, meeting.Partner, statement.Kind, corrected?.Slug), ct);

        statement.Published(slug, nowUtc);
        // The texts in the five states' languages put before publication are public with it (issue 24).
        var translations = await db.Translations.Where(t => t.StatementId == statement.Id).ToListAsync(ct);
        var symbol = await StatementRegistration.RegisterAsync(db, statement.Id, meeting, corrected?.Symbol, statement.Title, statement.RussianTitleOf(frozen),
            statement.ItemId, $"{frozen.English}\n{frozen.Russian}", nowUtc, ct);
        db.Published.Add(new PublishedStatement
        {
            Id = statement.Id,
            Slug = slug,
            Kind = statement.Kind.ToString(),
            Consensus = statement.Kind != StatementKind.ChairmansStatement,
            Title = statement.Title,
            TitleRu = statement.RussianTitleOf(frozen),
            MeetingId = meeting.Id,
            MeetingTitle = meeting.Title,
            Format = meeting.Format,
            Partner = meeting.Partner,
            HostParty = meeting.HostParty,
            City = meeting.City,
            MeetingStartUtc = meeting.StartUtc,
            Year = year,
            Signatories = PublishedStatement.Bars(statement.Signatories),
            SignatoryList = statement.Signatories.ToList(),
            English = frozen.English,
            EnglishHtml = frozen.EnglishHtml,
            Russian = frozen.Russian,
            RussianHtml = frozen.RussianHtml,
            HasRussian = frozen.Russian is not null,
            Version = frozen.Number,
            ContentHash = statement.ContentHash!,
            AdoptedUtc = statement.AdoptedUtc!.Value,
            PublishedUtc = nowUtc,
            UpdatedUtc = nowUtc,
            CorrectsId = corrected?.Id,
            CorrectsSlug = corrected?.Slug,
            Symbol = symbol,
            SearchText = SearchTextOf(statement.Title, statement.RussianTitleOf(frozen), frozen.English, frozen.Russian, translations),
            OtherLanguages = StatementLanguages.Bars(translations.Select(t => t.Language)),
            AuthenticLanguages = [.. statement.AuthenticLanguages],
        });
        if (corrected is not null)
        {
            corrected.CorrectedBy = [.. corrected.CorrectedBy, slug];
            corrected.UpdatedUtc = nowUtc;
        }

        db.Raise(new StatementPublished(statement.Id, slug, statement.Kind, statement.Title, meeting.Id, frozen.Number, statement.ContentHash!,
            statement.Signatories, statement.CorrectsId, nowUtc), nowUtc);
    }
}
