namespace SummitCoordination.Statements.Paragraphs;

/// <summary>
/// Where one paragraph of a statement stands in the negotiation, across versions (it follows the paragraph's id):
/// Agreed, Agreed ad referendum or Bracketed, with its bracket and its options. Only the statement changes it, through
/// guarded transitions; a paragraph with no standing recorded stands agreed.
/// </summary>
public sealed class ParagraphStanding
{
    public Guid ParagraphId { get; private set; }
    public ParagraphStatus Status { get; private set; }
    public Bracket? Bracket { get; private set; }
    public List<ParagraphOption> Options { get; private set; } = [];
    public AdReferendum? AdReferendum { get; private set; }
    public DateTime ChangedUtc { get; private set; }
    public string ChangedBy { get; private set; } = "";

    private ParagraphStanding()
    {
    }

    public static ParagraphStanding Agreed(Guid paragraphId) => new() { ParagraphId = paragraphId, Status = ParagraphStatus.Agreed };

    public bool HasOpenOptions => Options.Count > 0;

    /// <summary>What keeps the paragraph from adoption, its wording aside (concordance is <see cref="Concordance"/>'s).</summary>
    public IEnumerable<ParagraphBlockReason> Blocks()
    {
        if (Status == ParagraphStatus.Bracketed)
        {
            yield return ParagraphBlockReason.Bracketed;
        }

        if (HasOpenOptions)
        {
            yield return ParagraphBlockReason.OpenOptions;
        }

        if (Status == ParagraphStatus.AgreedAdReferendum && AdReferendum is { Confirmed: false })
        {
            yield return ParagraphBlockReason.AdReferendumUnconfirmed;
        }
    }

    public void Agree(string number, DateTime nowUtc, string actor)
    {
        RequireNoOpenOptions(number, "agreed");
        if (Status == ParagraphStatus.AgreedAdReferendum && AdReferendum is { Confirmed: false } pending)
        {
            throw new DomainException(DomainErrorKind.Conflict, "paragraph.awaiting-capital",
                $"{number} is agreed ad referendum: {pending.Party}'s capital confirms it (POST .../ad-referendum/confirm), or the chair brackets it again.",
                new Dictionary<string, object?> { ["currentStatus"] = Status.ToString() });
        }

        Set(ParagraphStatus.Agreed, null, nowUtc, actor);
    }

    public void AgreeAdReferendum(string number, string party, DateTime confirmByUtc, DateTime nowUtc, string actor)
    {
        RequireNoOpenOptions(number, "agreed ad referendum");
        if (confirmByUtc <= nowUtc)
        {
            throw new DomainException(DomainErrorKind.Invalid, "paragraph.confirm-by-past", "The date by which the capital confirms must be in the future.");
        }

        Set(ParagraphStatus.AgreedAdReferendum, null, nowUtc, actor);
        AdReferendum = new AdReferendum(party, confirmByUtc);
    }

    public void Confirm(string number, DateTime nowUtc, string actor)
    {
        if (Status != ParagraphStatus.AgreedAdReferendum || AdReferendum is not { Confirmed: false } pending)
        {
            throw new DomainException(DomainErrorKind.Conflict, "paragraph.not-ad-referendum", $"{number} awaits no capital's confirmation; it is {Status}.",
                new Dictionary<string, object?> { ["currentStatus"] = Status.ToString() });
        }

        Status = ParagraphStatus.Agreed;
        AdReferendum = pending with { ConfirmedUtc = nowUtc };
        (ChangedUtc, ChangedBy) = (nowUtc, actor);
    }

    /// <summary>At the confirm-by date: lapsed unless confirmed. It stays unconfirmed (and blocking); returns whether anything changed.</summary>
    public bool LapseIfDue(DateTime nowUtc)
    {
        if (Status != ParagraphStatus.AgreedAdReferendum || AdReferendum is not { } pending || !pending.DueAt(nowUtc))
        {
            return false;
        }

        AdReferendum = pending with { LapsedUtc = nowUtc };
        ChangedUtc = nowUtc;
        ChangedBy = Actors.System;
        return true;
    }

    /// <summary>Bracketed, whole or a span, with two or more options, or none.</summary>
    public void BracketWith(Bracket bracket, IReadOnlyList<ParagraphOption> options, DateTime nowUtc, string actor)
    {
        if (options.Count == 1)
        {
            throw new DomainException(DomainErrorKind.Invalid, "paragraph.one-option", "Options are two or more alternative wordings; one wording is simply an amendment.");
        }

        Set(ParagraphStatus.Bracketed, bracket, nowUtc, actor);
        Options = options.ToList();
    }

    public ParagraphOption Support(string number, Guid optionId, string party, DateTime nowUtc)
    {
        var option = OptionOf(number, optionId);
        var supported = option.SupportedBy(party);
        Options = Options.Select(o => o.Id == optionId ? supported : o).ToList();
        ChangedUtc = nowUtc;
        return supported;
    }

    /// <summary>An option chosen: the brackets go, the paragraph is agreed in the chosen wording (the caller makes the new version).</summary>
    public (ParagraphOption Option, Bracket Bracket) Choose(string number, Guid optionId, DateTime nowUtc, string actor)
    {
        var (option, bracket) = (OptionOf(number, optionId), Bracket ?? Bracket.WholeParagraph);
        Set(ParagraphStatus.Agreed, null, nowUtc, actor);
        return (option, bracket);
    }

    private ParagraphOption OptionOf(string number, Guid optionId) =>
        Options.SingleOrDefault(o => o.Id == optionId)
        ?? throw new DomainException(DomainErrorKind.NotFound, "paragraph.no-such-option", $"{number} has no open option {optionId}.");

    private void RequireNoOpenOptions(string number, string what)
    {
        if (HasOpenOptions)
        {
            throw new DomainException(DomainErrorKind.Conflict, "paragraph.open-options",
                $"{number} has open options ({string.Join(", ", Options.Select(o => o.Label))}); one is chosen before the paragraph is {what}.",
                new Dictionary<string, object?> { ["currentStatus"] = Status.ToString() });
        }
    }

    private void Set(ParagraphStatus status, Bracket? bracket, DateTime nowUtc, string actor)
    {
        Status = status;
        Bracket = bracket;
        Options = [];
        AdReferendum = null;
        ChangedUtc = nowUtc;
        ChangedBy = actor;
    }
}
