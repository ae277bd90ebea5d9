namespace SummitCoordination.Consensus.Texts;

/// <summary>
/// Consensus's copy of a statement's readiness for adoption, as Statements last published it
/// (<see cref="StatementReadinessChanged"/>): the paragraphs of its latest version that keep it from the decision. Kept
/// like the meeting copies and body rules, so that putting an item to the decision never waits on another service.
/// </summary>
public sealed class TextReadiness
{
    public Guid StatementId { get; private set; }
    public int Version { get; private set; }
    public long Revision { get; private set; }
    public List<ParagraphBlock> Blocking { get; private set; } = [];
    public DateTime AtUtc { get; private set; }

    private TextReadiness()
    {
    }

    public static TextReadiness From(StatementReadinessChanged e) =>
        new() { StatementId = e.StatementId, Version = e.Version, Revision = e.Revision, Blocking = e.Blocking.ToList(), AtUtc = e.AtUtc };

    /// <summary>A newer readiness replaces this one; an older one arriving late is ignored.</summary>
    public void Apply(StatementReadinessChanged e)
    {
        if (e.Revision < Revision || (e.Revision == Revision && e.AtUtc < AtUtc))
        {
            return;
        }

        (Version, Revision, Blocking, AtUtc) = (e.Version, e.Revision, e.Blocking.ToList(), e.AtUtc);
    }
}
