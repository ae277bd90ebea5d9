namespace SummitCoordination.Statements.Commitments;

public enum CommitmentProgress
{
    NotStarted,
    InProgress,
    Done,
}

public sealed record CommitmentUpdate(DateTime AtUtc, string Status, string? Evidence, string Actor);

/// <summary>
/// What a statement commits its parties to, and by when. The secretariat reports progress with evidence; a persistent
/// job marks it overdue at its due date if it is not done by then (DOMAIN.md, Statements, Commitments).
/// </summary>
public sealed class Commitment : Aggregate
{
    public Guid Id { get; private set; }
    public Guid StatementId { get; private set; }
    public string What { get; private set; } = "";

    /// <summary>The same commitment in Russian; null for commitments recorded before both languages were taken, or in English only.</summary>
    public string? WhatRu { get; private set; }

    /// <summary>The <c>Idempotency-Key</c> of the request that recorded it, unique per statement: a repeat returns this commitment.</summary>
    public string? IdempotencyKey { get; private set; }
    public List<string> Parties { get; private set; } = [];

    /// <summary>The parties between bars (<c>|KAZ|UZB|</c>) for the per-party view.</summary>
    public string PartyCodes { get; private set; } = "";
    public DateTime DueUtc { get; private set; }
    public CommitmentProgress Progress { get; private set; }
    public bool Overdue { get; private set; }
    public string? Evidence { get; private set; }
    public DateTime? DoneUtc { get; private set; }
    public DateTime UpdatedUtc { get; private set; }
    public List<CommitmentUpdate> Updates { get; private set; } = [];

    private Commitment()
    {
    }

    /// <summary>Not started, in progress, done, or overdue: a commitment past due and not done is overdue whatever its progress.</summary>
    public string Status => Progress == CommitmentProgress.Done ? "Done" : Overdue ? "Overdue" : Progress.ToString();

    public static Commitment Make(Guid statementId, string what, IReadOnlyList<string> parties, DateTime dueUtc, DateTime nowUtc, string actor,
        string? whatRu = null, string? idempotencyKey = null)
    {
        var commitment = new Commitment
        {
            Id = Guid.NewGuid(),
            StatementId = statementId,
            What = what,
            WhatRu = string.IsNullOrWhiteSpace(whatRu) ? null : whatRu,
            IdempotencyKey = idempotencyKey,
            Parties = parties.Distinct().Order(StringComparer.Ordinal).ToList(),
            DueUtc = dueUtc,
            Progress = CommitmentProgress.NotStarted,
            UpdatedUtc = nowUtc,
        };
        commitment.PartyCodes = "|" + string.Join("|", commitment.Parties) + "|";
        commitment.Updates.Add(new CommitmentUpdate(nowUtc, commitment.Status, null, actor));
        return commitment;
    }

    public void Report(CommitmentProgress progress, string evidence, DateTime nowUtc, string actor)
    {
        if (Progress == CommitmentProgress.Done)
        {
            throw new DomainException(DomainErrorKind.Conflict, "commitment.done", "The commitment is done; its record is closed.");
        }

        Progress = progress;
        Evidence = evidence;
        DoneUtc = progress == CommitmentProgress.Done ? nowUtc : null;
        Overdue = Overdue || (progress != CommitmentProgress.Done && nowUtc >= DueUtc);
        UpdatedUtc = nowUtc;
        Updates.Add(new CommitmentUpdate(nowUtc, Status, evidence, actor));
    }

    /// <summary>At the due date: overdue unless done. Returns whether anything changed.</summary>
    public bool MarkOverdueIfDue(DateTime nowUtc)
    {
        if (Progress == CommitmentProgress.Done || Overdue || nowUtc < DueUtc)
        {
            return false;
        }

        Overdue = true;
        UpdatedUtc = nowUtc;
        Updates.Add(new CommitmentUpdate(nowUtc, Status, "due date passed", Actors.System));
        return true;
    }

    /// <summary>Whether a repeated request asks for this same commitment (what, in both languages, parties and due date).</summary>
    public bool SameAs(string what, string? whatRu, IReadOnlyList<string> parties, DateTime dueUtc) =>
        What == what && WhatRu == (string.IsNullOrWhiteSpace(whatRu) ? null : whatRu) && DueUtc == dueUtc
        && Parties.SequenceEqual(parties.Distinct().Order(StringComparer.Ordinal));

    public bool DeliveredLate => DoneUtc is { } done && done > DueUtc;
}
