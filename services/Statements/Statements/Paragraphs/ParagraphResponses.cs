namespace SummitCoordination.Statements.Paragraphs;

/// <summary>A paragraph's words in a version: number ("OP4"), previous number when it moved ("OP3"), both languages.</summary>
public sealed record ParagraphText(Guid Id, int Position, ParagraphPart Part, string Number, string? WasNumber, string Label, string? English, string? Russian,
    bool TranslationPending)
{
    public static ParagraphText From(Paragraph p) => new(p.Id, p.Position, p.Part, p.Number, p.WasNumber, p.Label, p.English, p.Russian, p.TranslationPending);
}

public sealed record OptionView(Guid Id, string Label, string? English, string? Russian, IReadOnlyList<string> Sponsors);

public sealed record AdReferendumView(string Party, DateTime ConfirmByUtc, DateTime? ConfirmedUtc, DateTime? LapsedUtc);

/// <summary>A reservation; its note only for the secretariat and the state that entered it.</summary>
public sealed record ReservationView(string Party, string? Note, DateTime AtUtc);

public sealed record ParagraphView(Guid Id, int Position, ParagraphPart Part, string Number, string? WasNumber, string Label, string? English, string? EnglishHtml,
    string? Russian, string? RussianHtml, bool TranslationPending, ParagraphStatus Status, Bracket? Bracket, IReadOnlyList<OptionView> Options,
    AdReferendumView? AdReferendum, IReadOnlyList<ReservationView> Reservations, IReadOnlyList<ParagraphBlockReason> Blocks)
{
    public static ParagraphView From(Statement statement, Paragraph p, IReadOnlyList<ParagraphBlockReason> blocks, ClaimsPrincipal user)
    {
        var standing = statement.StandingOf(p.Id);
        return new ParagraphView(p.Id, p.Position, p.Part, p.Number, p.WasNumber, p.Label, p.English, p.English is null ? null : StatementText.ToHtml(p.English),
            p.Russian, p.Russian is null ? null : StatementText.ToHtml(p.Russian), p.TranslationPending, standing?.Status ?? ParagraphStatus.Agreed,
            standing?.Bracket, standing?.Options.Select(o => new OptionView(o.Id, o.Label, o.English, o.Russian, o.Sponsors)).ToList() ?? [],
            standing?.AdReferendum is { } a ? new AdReferendumView(a.Party, a.ConfirmByUtc, a.ConfirmedUtc, a.LapsedUtc) : null,
            statement.ReservationsOn(p.Id).Select(r => new ReservationView(r.Party, NoteFor(user, r), r.AtUtc)).ToList(), blocks);
    }

    /// <summary>Confidential notes go to the secretariat and to the state that wrote them, to nobody else (as positions' notes in Consensus).</summary>
    private static string? NoteFor(ClaimsPrincipal user, Reservation r) => user.IsSecretariat() || user.IsDelegationOf(r.Party) ? r.Note : null;
}

/// <summary>
/// A version negotiated paragraph by paragraph: its paragraphs with their standing and reservations, whether it is
/// clean (may be put to the decision), the paragraphs that block it and why, and the open brackets counted.
/// </summary>
public sealed record ParagraphsResponse(Guid StatementId, int Version, int LatestVersion, bool Clean, IReadOnlyList<ParagraphBlock> Blocking, int OpenBrackets,
    IReadOnlyList<ParagraphView> Paragraphs)
{
    public static ParagraphsResponse From(Statement statement, StatementVersion version, ClaimsPrincipal user)
    {
        var blocking = statement.Blocking(version);
        var reasons = blocking.ToDictionary(b => b.ParagraphId, b => b.Reasons);
        return new ParagraphsResponse(statement.Id, version.Number, statement.LatestVersion, blocking.Count == 0, blocking,
            blocking.Count(b => b.Reasons.Contains(ParagraphBlockReason.Bracketed)),
            version.Paragraphs.OrderBy(p => p.Position).Select(p => ParagraphView.From(statement, p, reasons.GetValueOrDefault(p.Id) ?? [], user)).ToList());
    }
}

public sealed record ParagraphHistoryEntry(Guid ParagraphId, string Number, int Version, ParagraphEventKind Kind, string? Party, string? Detail, string Actor,
    DateTime AtUtc)
{
    public static ParagraphHistoryEntry From(ParagraphEvent e) => new(e.ParagraphId, e.Number, e.Version, e.Kind, e.Party, e.Detail, e.Actor, e.AtUtc);
}

/// <summary>
/// A chairman's statement pre-filled from what was agreed in a failed text's version: the agreed paragraphs joined
/// (to edit, then issue with <c>fromVersion</c> and <c>paragraphs</c>), and those left out with why.
/// </summary>
public sealed record ChairmansDraftResponse(Guid FailedStatementId, int FromVersion, string Title, string English, string? Russian,
    IReadOnlyList<ParagraphText> Paragraphs, IReadOnlyList<ParagraphBlock> LeftOut);
