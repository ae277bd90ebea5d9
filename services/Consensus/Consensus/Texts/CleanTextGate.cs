namespace SummitCoordination.Consensus.Texts;

/// <summary>
/// Adoption needs a clean text (DOMAIN.md, Statements; the rule itself is Statements' <c>AdoptionGate</c>). The check
/// crosses services by a copy, not a call: Statements publishes a text's readiness in the same transaction as every
/// change to its paragraphs (<see cref="StatementReadinessChanged"/>), Consensus keeps the latest (<see cref="TextReadiness"/>),
/// and the chair's act that puts an item of kind Joint statement to the decision (deciding it, previewing the
/// decision, or starting a silence procedure) is refused here, 409, naming the paragraphs. A statement Consensus has
/// heard nothing of (a text from before paragraphs, until Statements starts and splits it) is not held back.
/// </summary>
public static class CleanTextGate
{
    public static async Task RequireCleanAsync(ConsensusDbContext db, AgendaItem item, CancellationToken ct)
    {
        if (item.Kind != ItemKind.JointStatement || item.StatementId is not { } statementId
            || await db.Texts.AsNoTracking().SingleOrDefaultAsync(t => t.StatementId == statementId, ct) is not { Blocking.Count: > 0 } text)
        {
            return;
        }

        var numbers = text.Blocking.Select(b => b.Number).ToList();
        throw new DomainException(DomainErrorKind.Conflict, "item.text-not-clean",
            $"The text (version {text.Version}) cannot be put to the decision: {string.Join(", ", text.Blocking.Select(b => $"{b.Number} ({string.Join(", ", b.Reasons)})"))}. "
            + "Adoption needs no bracket, no open option, no unconfirmed ad referendum paragraph, and both languages for every paragraph.",
            new Dictionary<string, object?> { ["paragraphs"] = numbers, ["blocking"] = text.Blocking, ["statementVersion"] = text.Version });
    }
}
