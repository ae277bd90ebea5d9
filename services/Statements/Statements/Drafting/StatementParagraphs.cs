namespace SummitCoordination.Statements.Drafting;

/// <summary>
/// Issue 22: the statement negotiated paragraph by paragraph. Each paragraph's standing (status, bracket, options, ad
/// referendum) and the delegations' reservations belong to the statement and follow the paragraph's id from version to
/// version; the paragraph's words belong to each version. Every change is in the paragraph history with who and when.
/// </summary>
public sealed partial class Statement
{
    public List<ParagraphStanding> Standings { get; private set; } = [];
    public List<Reservation> Reservations { get; private set; } = [];

    /// <summary>Append-only; not loaded with the statement (writes add to it, reads query it).</summary>
    public List<ParagraphEvent> ParagraphHistory { get; private set; } = [];

    /// <summary>For a chairman's statement built from what was agreed: the failed text's version it came from, and which of its paragraphs.</summary>
    public int? SourceVersion { get; private set; }
    public List<Guid> SourceParagraphs { get; private set; } = [];

    public ParagraphStanding? StandingOf(Guid paragraphId) => Standings.SingleOrDefault(s => s.ParagraphId == paragraphId);

    public IReadOnlyList<Reservation> ReservationsOn(Guid paragraphId) => Reservations.Where(r => r.ParagraphId == paragraphId).OrderBy(r => r.Party).ToList();

    /// <summary>The paragraphs that keep a version (the latest by default) from being put to the decision (<see cref="AdoptionGate"/>).</summary>
    public IReadOnlyList<ParagraphBlock> Blocking(StatementVersion? version = null) => AdoptionGate.Blocking((version ?? Latest).Paragraphs, StandingOf);

    public IReadOnlyList<Paragraph> AgreedParagraphs(StatementVersion version) => AdoptionGate.Agreed(version.Paragraphs, StandingOf);

    public ParagraphEvent Agree(Guid paragraphId, DateTime nowUtc, string actor) =>
        Change(paragraphId, ParagraphEventKind.Agreed, null, null, actor, nowUtc, (p, s) => s.Agree(p.Number, nowUtc, actor));

    public ParagraphEvent AgreeAdReferendum(Guid paragraphId, string party, DateTime confirmByUtc, DateTime nowUtc, string actor) =>
        Change(paragraphId, ParagraphEventKind.AgreedAdReferendum, party, $"confirm by {confirmByUtc:u}", actor, nowUtc,
            (p, s) => s.AgreeAdReferendum(p.Number, party, confirmByUtc, nowUtc, actor));

    public ParagraphEvent ConfirmAdReferendum(Guid paragraphId, DateTime nowUtc, string actor) =>
        Change(paragraphId, ParagraphEventKind.AdReferendumConfirmed, StandingOf(paragraphId)?.AdReferendum?.Party, null, actor, nowUtc,
            (p, s) => s.Confirm(p.Number, nowUtc, actor));

    /// <summary>The confirm-by date passed (<see cref="AdReferendumJob"/>): recorded once, unless confirmed or changed since; null when nothing lapsed.</summary>
    public ParagraphEvent? LapseAdReferendum(Guid paragraphId, DateTime nowUtc)
    {
        if (Status != StatementStatus.Drafting || StandingOf(paragraphId) is not { } standing || !standing.LapseIfDue(nowUtc))
        {
            return null;
        }

        var paragraph = Latest.Paragraphs.SingleOrDefault(p => p.Id == paragraphId);
        if (paragraph is null)
        {
            return null;
        }

        return Record(paragraph, ParagraphEventKind.AdReferendumLapsed, standing.AdReferendum!.Party, $"not confirmed by {standing.AdReferendum.ConfirmByUtc:u}",
            Actors.System, nowUtc);
    }

    public ParagraphEvent BracketParagraph(Guid paragraphId, Func<Paragraph, Bracket> bracket, IReadOnlyList<OptionWording> options, DateTime nowUtc, string actor)
    {
        var tabled = options.Select((o, i) => new ParagraphOption(Guid.NewGuid(), ParagraphOption.LabelAt(i), o.English, o.Russian,
            o.Sponsors.Distinct().Order(StringComparer.Ordinal).ToList())).ToList();
        var kind = tabled.Count > 0 ? ParagraphEventKind.OptionsTabled : ParagraphEventKind.Bracketed;
        return Change(paragraphId, kind, null, null, actor, nowUtc, (p, s) =>
        {
            var b = bracket(p);
            s.BracketWith(b, tabled, nowUtc, actor);
            return b.IsWhole ? "whole paragraph" : $"{b.Language} [{b.Text}]" + (tabled.Count > 0 ? $", options {string.Join(", ", tabled.Select(o => o.Label))}" : "");
        });
    }

    public ParagraphEvent SupportOption(Guid paragraphId, Guid optionId, string party, DateTime nowUtc, string actor) =>
        Change(paragraphId, ParagraphEventKind.OptionSupported, party, null, actor, nowUtc,
            (p, s) => $"option {s.Support(p.Number, optionId, party, nowUtc).Label}");

    /// <summary>The chosen option's wording replaces the bracketed paragraph or span in a new version; the paragraph is agreed.</summary>
    public StatementVersion ChooseOption(Guid paragraphId, Guid optionId, DateTime nowUtc, string actor)
    {
        RequireDrafting("choose an option in");
        var paragraph = Latest.ParagraphOf(paragraphId);
        var standing = StandingOf(paragraphId)
            ?? throw new DomainException(DomainErrorKind.NotFound, "paragraph.no-such-option", $"{paragraph.Number} has no open option {optionId}.");
        var (option, bracket) = standing.Choose(paragraph.Number, optionId, nowUtc, actor);
        var chosen = bracket.IsWhole
            ? paragraph.ToDraft() with { English = option.English ?? paragraph.English, Russian = option.Russian ?? paragraph.Russian,
                TranslationPending = paragraph.TranslationPending || (option.English is null) != (option.Russian is null) }
            : Spliced(paragraph, bracket, option);
        var drafts = Latest.Paragraphs.Select(p => p.Id == paragraphId ? chosen : p.ToDraft()).ToList();
        var version = ReviseParagraphs(LatestVersion, drafts, null, nowUtc, actor);
        Record(version.ParagraphOf(paragraphId), ParagraphEventKind.OptionChosen, null, $"option {option.Label}", actor, nowUtc);
        return version;
    }

    /// <summary>A span's option goes into the bracket's language; the other language then waits for its translation.</summary>
    private static ParagraphDraft Spliced(Paragraph paragraph, Bracket bracket, ParagraphOption option)
    {
        var language = bracket.Language!.Value;
        var with = (language == TextLanguage.Russian ? option.Russian : option.English) ?? option.English ?? option.Russian ?? "";
        var text = bracket.Replace(paragraph.Text(language) ?? "", with);
        return paragraph.ToDraft() with
        {
            English = language == TextLanguage.English ? text : paragraph.English,
            Russian = language == TextLanguage.Russian ? text : paragraph.Russian,
            TranslationPending = true,
        };
    }

    public ParagraphEvent Reserve(Guid paragraphId, string party, string? note, DateTime nowUtc, string actor)
    {
        RequireDrafting("enter a reservation on");
        var paragraph = Latest.ParagraphOf(paragraphId);
        if (Reservations.SingleOrDefault(r => r.ParagraphId == paragraphId && r.Party == party) is { } held)
        {
            held.Restate(note, nowUtc, actor);
        }
        else
        {
            Reservations.Add(new Reservation(paragraphId, party, note, nowUtc, actor));
        }

        return Record(paragraph, ParagraphEventKind.ReservationEntered, party, null, actor, nowUtc);
    }

    public ParagraphEvent WithdrawReservation(Guid paragraphId, string party, DateTime nowUtc, string actor)
    {
        RequireDrafting("withdraw a reservation on");
        var paragraph = Latest.ParagraphOf(paragraphId);
        var held = Reservations.SingleOrDefault(r => r.ParagraphId == paragraphId && r.Party == party)
            ?? throw new DomainException(DomainErrorKind.NotFound, "reservation.not-found", $"{party} has no reservation on {paragraph.Number}.");
        Reservations.Remove(held);
        return Record(paragraph, ParagraphEventKind.ReservationWithdrawn, party, null, actor, nowUtc);
    }

    /// <summary>A new version made paragraph by paragraph, against the latest; the history says what was inserted, revised, moved or removed.</summary>
    public StatementVersion ReviseParagraphs(int basedOn, IReadOnlyList<ParagraphDraft> paragraphs, Guid? amendmentId, DateTime nowUtc, string actor)
    {
        RequireLatest(basedOn);
        var version = new StatementVersion(LatestVersion + 1, paragraphs, nowUtc, actor, amendmentId, Latest.Paragraphs);
        AddVersion(version, nowUtc, actor);
        return version;
    }

    /// <summary>For a chairman's statement built from what was agreed: which paragraphs of which version of the failed text.</summary>
    public void CameFrom(int version, IReadOnlyList<Guid> paragraphs)
    {
        SourceVersion = version;
        SourceParagraphs = paragraphs.ToList();
    }

    private void AddVersion(StatementVersion version, DateTime nowUtc, string actor)
    {
        var previous = Versions.Count == 0 ? [] : Latest.Paragraphs;
        Versions.Add(version);
        var kept = previous.ToDictionary(p => p.Id);
        foreach (var paragraph in version.Paragraphs)
        {
            if (!kept.TryGetValue(paragraph.Id, out var before))
            {
                Record(paragraph, ParagraphEventKind.Inserted, null, null, actor, nowUtc);
            }
            else if (before.English != paragraph.English || before.Russian != paragraph.Russian || before.TranslationPending != paragraph.TranslationPending
                     || before.Part != paragraph.Part)
            {
                Record(paragraph, ParagraphEventKind.Revised, null, null, actor, nowUtc);
            }
        }

        foreach (var removed in previous.Where(p => version.Paragraphs.All(n => n.Id != p.Id)))
        {
            ParagraphHistory.Add(new ParagraphEvent(removed, version.Number, ParagraphEventKind.Removed, null, null, actor, nowUtc));
        }
    }

    private ParagraphEvent Change(Guid paragraphId, ParagraphEventKind kind, string? party, string? detail, string actor, DateTime nowUtc,
        Action<Paragraph, ParagraphStanding> change) =>
        Change(paragraphId, kind, party, detail, actor, nowUtc, (p, s) =>
        {
            change(p, s);
            return null;
        });

    private ParagraphEvent Change(Guid paragraphId, ParagraphEventKind kind, string? party, string? detail, string actor, DateTime nowUtc,
        Func<Paragraph, ParagraphStanding, string?> change)
    {
        RequireDrafting("change a paragraph of");
        var paragraph = Latest.ParagraphOf(paragraphId);
        var standing = StandingOf(paragraphId);
        if (standing is null)
        {
            standing = ParagraphStanding.Agreed(paragraphId);
            Standings.Add(standing);
        }

        var said = change(paragraph, standing);
        return Record(paragraph, kind, party, said ?? detail, actor, nowUtc);
    }

    private ParagraphEvent Record(Paragraph paragraph, ParagraphEventKind kind, string? party, string? detail, string actor, DateTime nowUtc)
    {
        var entry = new ParagraphEvent(paragraph, LatestVersion, kind, party, detail, actor, nowUtc);
        ParagraphHistory.Add(entry);
        return entry;
    }
}
